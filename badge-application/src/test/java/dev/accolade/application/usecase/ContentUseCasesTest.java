package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.content.FetchContentCommand;
import dev.accolade.application.issuer.CreateIssuerCommand;
import dev.accolade.application.issuer.PersonalIssuerCommand;
import dev.accolade.application.member.MemberDetails;
import dev.accolade.application.member.RegisterMemberCommand;
import dev.accolade.application.port.in.ImageInput;
import dev.accolade.application.template.AttachmentInput;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.application.template.UpdateTemplateCommand;
import dev.accolade.domain.common.AssetLocation;
import dev.accolade.domain.common.Content;
import dev.accolade.domain.common.FileFormat;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.FieldError;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.template.Template;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Personal issuers, and images and files given as content: checked whole, stored with what refers to them. */
public abstract class ContentUseCasesTest extends UseCaseTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final byte[] DOCX = {'P', 'K', 3, 4, 20, 0, 6, 0};

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static TemplateInput withContent(String title, ImageInput icon, List<AttachmentInput> attachments) {
        return new TemplateInput(title, null, icon, null, attachments, null, null, null, false, false, false);
    }

    private Content stored(AssetLocation location) {
        assertThat(location.isStoredBlob()).as("%s is stored by the server", location).isTrue();
        return accolade.contents().getContent(Long.parseLong(location.value().substring("blob:".length())));
    }

    /** The ids of every stored blob, found by trying every id the store has handed out. */
    private List<Long> storedBlobIds() {
        long next = store.transactions().inTransaction(() -> store.ids().nextId());
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id < next; id++) {
            long candidate = id;
            if (store.transactions().readOnly(() -> store.blobs().findById(candidate)).isPresent()) {
                ids.add(id);
            }
        }
        return ids;
    }

    @Test
    void a_member_gets_a_personal_issuer_on_first_use_and_the_same_one_after() {
        Member ada = member("ada@example.org");

        Issuer personal = accolade.issuers().openPersonalIssuer(new PersonalIssuerCommand(as(ada), ada.id()));

        assertThat(personal.isOwnedBy(ada.id())).isTrue();
        assertThat(personal.slug().value()).isEqualTo("member-" + ada.id().value());
        assertThat(personal.name()).isEqualTo(ada.name());
        assertThat(accolade.issuers().openPersonalIssuer(new PersonalIssuerCommand(operator,
                ada.id()))).isEqualTo(personal);
    }

    @Test
    void a_member_that_owns_issuers_already_acts_as_its_oldest() {
        Member ada = member("ada@example.org");
        Issuer first = accolade.issuers().createIssuer(
                new CreateIssuerCommand(as(ada), "ada-labs", "Ada's labs"));

        assertThat(accolade.issuers().openPersonalIssuer(new PersonalIssuerCommand(as(ada),
                ada.id()))).isEqualTo(first);
    }

    @Test
    void nobody_opens_another_members_personal_issuer() {
        Member ada = member("ada@example.org");
        Member bob = member("bob@example.org");

        assertRefusedWithoutChange(() -> accolade.issuers().openPersonalIssuer(new PersonalIssuerCommand(as(bob),
                ada.id())),
                "member_not_found");
        assertRefused(() -> accolade.issuers().openPersonalIssuer(new PersonalIssuerCommand(anonymous, ada.id())),
                "authentication_required", ErrorCategory.UNAUTHENTICATED);
    }

    @Test
    void an_icon_and_attachments_given_as_content_are_stored_and_served_back() {
        Issuer demo = issuer("demo");
        TemplateInput input = withContent("Chef", new ImageInput("png", null, base64(PNG)),
                List.of(new AttachmentInput("recipe.docx", "docx", null, base64(DOCX)),
                        new AttachmentInput("menu", "html", "https://example.org/menu.html")));

        Template chef = accolade.templates().createTemplate(new CreateTemplateCommand(as(demo), demo.id(), input,
                true));

        assertThat(stored(chef.details().icon().orElseThrow().location()))
                .isEqualTo(new Content(FileFormat.PNG, PNG));
        assertThat(stored(chef.details().attachments().get(0).location()))
                .isEqualTo(new Content(FileFormat.DOCX, DOCX));
        assertThat(chef.details().attachments().get(1).location().value()).isEqualTo("https://example.org/menu.html");
    }

    @Test
    void an_edit_stores_its_new_content() {
        Issuer demo = issuer("demo");
        Template chef = accolade.templates().createTemplate(new CreateTemplateCommand(as(demo), demo.id(),
                input("Chef", false, false), true));

        Template edited = accolade.templates().updateTemplate(new UpdateTemplateCommand(as(demo), chef.id(),
                withContent("Chef", new ImageInput("png", null, base64(PNG)), null)));

        assertThat(stored(edited.details().icon().orElseThrow().location()).bytes()).isEqualTo(PNG);
    }

    @Test
    void content_not_of_its_declared_format_is_refused_with_every_failure_and_nothing_is_stored() {
        Issuer demo = issuer("demo");
        TemplateInput input = withContent("Chef", new ImageInput("jpg", null, base64(PNG)),
                List.of(new AttachmentInput("recipe.doc", "doc", null, "not base64!")));

        var refusal = assertRefusedWithoutChange(
                () -> accolade.templates().createTemplate(new CreateTemplateCommand(as(demo), demo.id(), input, true)),
                "icon_data_format_mismatch");

        assertThat(refusal.fieldErrors()).extracting(FieldError::code)
                .containsExactly("icon_data_format_mismatch", "attachments_data_invalid");
        assertThat(storedBlobIds()).isEmpty();
    }

    @Test
    void an_image_over_one_mebibyte_is_refused() {
        Issuer demo = issuer("demo");
        byte[] large = new byte[Content.MAX_IMAGE_BYTES + 1];
        System.arraycopy(PNG, 0, large, 0, PNG.length);

        assertRefusedWithoutChange(() -> accolade.templates().createTemplate(new CreateTemplateCommand(as(demo),
                demo.id(),
                withContent("Chef", new ImageInput("png", null, base64(large)), null), true)), "icon_data_too_large");
    }

    @Test
    void a_command_refused_after_its_content_was_checked_stores_no_content() {
        Issuer demo = issuer("demo");
        accolade.templates().createTemplate(new CreateTemplateCommand(as(demo), demo.id(), input("Chef", false, false),
                true));

        assertRefusedWithoutChange(() -> accolade.templates().createTemplate(new CreateTemplateCommand(as(demo),
                demo.id(),
                withContent("Chef", new ImageInput("png", null, base64(PNG)), null), true)), "template_title_taken");
        assertThat(storedBlobIds()).isEmpty();
    }

    @Test
    void an_avatar_given_as_content_is_stored_with_the_registration() {
        accolade = assembled(AccoladeSettings.DEFAULT.withSandbox(true));

        Member ada = accolade.members().registerMember(new RegisterMemberCommand(anonymous, new MemberDetails(
                "ada@example.org", PASSWORD, "Ada", null, new ImageInput("png", null, base64(PNG))))).member();

        assertThat(stored(ada.profile().avatar().orElseThrow().location()).bytes()).isEqualTo(PNG);
    }

    @Test
    void unknown_content_is_not_found() {
        assertRefused(() -> accolade.contents().getContent(123_456_789), "content_not_found", ErrorCategory.NOT_FOUND);
    }

    @Test
    void content_named_by_url_is_not_downloaded_without_an_outbound_adapter() {
        Member ada = member("ada@example.org");

        assertRefused(() -> accolade.contents().fetchContent(new FetchContentCommand(as(ada),
                "https://example.org/a.png",
                "png", Content.MAX_IMAGE_BYTES)), "url_fetch_unavailable", ErrorCategory.RULE_VIOLATION);
        assertRefused(() -> accolade.contents().fetchContent(new FetchContentCommand(anonymous,
                "https://example.org/a.png",
                "png", Content.MAX_IMAGE_BYTES)), "authentication_required");
    }
}
