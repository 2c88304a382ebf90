package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.Accolade;
import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.category.CreateCategoryCommand;
import dev.accolade.application.moderation.RejectTemplateCommand;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TemplateSort;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.ImageInput;
import dev.accolade.application.template.AttachmentInput;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.FindTemplatesQuery;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.application.template.TemplateView;
import dev.accolade.application.template.UpdateTemplateCommand;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.category.Category;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.FieldError;
import dev.accolade.domain.event.TemplatePublished;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.template.FieldValue;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateStatus;
import dev.accolade.domain.template.TitleSearch;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Writing templates, moderating them, and reading them as their issuer and as everyone else. */
public abstract class TemplateUseCasesTest extends UseCaseTest {

    private Template draft(Issuer issuer, TemplateInput content) {
        return accolade.templates().createTemplate(new CreateTemplateCommand(as(issuer), issuer.id(), content, false));
    }

    private List<String> titles(Page<TemplateView> page) {
        return page.items().stream().map(view -> view.template().details().title()).toList();
    }

    private FindTemplatesQuery query(Actor actor, Issuer issuer, TemplateStatus status) {
        return FindTemplatesQuery.all(actor, PageRequest.first()).ofIssuer(issuer == null ? null : issuer.id())
                .withStatus(status);
    }

    @Test
    void a_template_is_created_as_a_draft_with_everything_it_was_given() {
        Issuer demo = issuer("demo");
        Category cooking = accolade.categories().createCategory(new CreateCategoryCommand(operator, "Cooking", null,
                null));
        Map<String, FieldValue> custom = new LinkedHashMap<>();
        custom.put("link", FieldValue.text("/badges/chef"));
        custom.put("myCustomField", FieldValue.number(new BigDecimal("5.10")));

        Template created = draft(demo, new TemplateInput("Chef", "Cooked 25 recipes",
                new ImageInput("png", "https://img.example.org/chef.png"), List.of(cooking.id()),
                List.of(new AttachmentInput("rules.pdf", "docx", "https://files.example.org/rules.docx")),
                "Cook 25 recipes", "gold", custom, true, true, false));

        assertThat(created.status()).isEqualTo(TemplateStatus.DRAFT);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.details().categories()).containsExactly(cooking.id());
        assertThat(created.details().customFields().values()).containsExactlyEntriesOf(custom);
        assertThat(created.isPublished()).isFalse();
        assertThat(accolade.templates().getTemplate(new TemplateCommand(as(demo),
                created.id())).template()).isEqualTo(created);
    }

    @Test
    void a_title_is_unique_within_an_issuer_but_not_across_issuers() {
        Issuer demo = issuer("demo");
        Issuer other = issuer("other");
        draft(demo, input("Chef", false, false));

        assertRefusedWithoutChange(() -> draft(demo, input("Chef", false, false)), "template_title_taken");
        assertThat(draft(other, input("Chef", false, false)).details().title()).isEqualTo("Chef");
    }

    @Test
    void bad_content_is_refused_whole_before_anything_is_written() {
        Issuer demo = issuer("demo");
        TemplateInput bad = new TemplateInput("t".repeat(201), "d".repeat(1001), null, null, null, null,
                "t".repeat(51), null, false, false, false);

        var refusal = assertRefusedWithoutChange(() -> draft(demo, bad), "description_too_long");

        assertThat(refusal.fieldErrors()).extracting(FieldError::code)
                .containsExactly("description_too_long", "title_too_long", "type_too_long");
    }

    @Test
    void reserved_custom_field_names_and_unknown_categories_are_refused() {
        Issuer demo = issuer("demo");
        TemplateInput reserved = new TemplateInput("Chef", null, null, null, null, null, null,
                Map.of("count", FieldValue.number(BigDecimal.ONE)), false, false, false);
        TemplateInput unknown = new TemplateInput("Chef", null, null, List.of(new CategoryId(99_999)), null, null,
                null, null, false, false, false);

        assertRefusedWithoutChange(() -> draft(demo, reserved), "custom_fields_reserved");
        assertRefusedWithoutChange(() -> draft(demo, unknown), "categories_unknown");
    }

    @Test
    void moderation_publishes_or_rejects_a_submitted_template() {
        Issuer demo = issuer("demo");
        Template chef = draft(demo, input("Chef", false, false));
        Template baker = draft(demo, input("Baker", false, false));

        accolade.templates().submitTemplate(new TemplateCommand(as(demo), chef.id()));
        accolade.templates().submitTemplate(new TemplateCommand(as(demo), baker.id()));
        Template approved = accolade.moderation().approveTemplate(new TemplateCommand(operator, chef.id()));
        Template rejected = accolade.moderation().rejectTemplate(new RejectTemplateCommand(operator, baker.id(),
                "Too vague"));

        assertThat(approved.status()).isEqualTo(TemplateStatus.PUBLISHED);
        assertThat(approved.firstPublishedAt()).isPresent();
        assertThat(rejected.status()).isEqualTo(TemplateStatus.REJECTED);
        assertThat(rejected.rejectionReason()).contains("Too vague");
        assertThat(delivered(TemplatePublished.class)).extracting(e -> e.template().id()).containsExactly(chef.id());
    }

    @Test
    void only_the_operator_moderates_and_only_what_waits_for_review() {
        Issuer demo = issuer("demo");
        Template chef = draft(demo, input("Chef", false, false));

        assertRefused(() -> accolade.moderation().approveTemplate(new TemplateCommand(as(demo), chef.id())),
                "operator_required",
                ErrorCategory.FORBIDDEN);
        assertRefusedWithoutChange(() -> accolade.moderation().approveTemplate(new TemplateCommand(operator,
                chef.id())),
                "template_not_pending_review");
        accolade.templates().submitTemplate(new TemplateCommand(as(demo), chef.id()));
        assertRefusedWithoutChange(() -> accolade.templates().submitTemplate(new TemplateCommand(as(demo), chef.id())),
                "template_not_submittable");
    }

    @Test
    void editing_a_published_template_makes_a_new_version_in_review_while_the_old_one_stays_live() {
        Issuer demo = issuer("demo");
        Template chef = published(demo, "Chef");

        Template edited = accolade.templates().updateTemplate(new UpdateTemplateCommand(as(demo), chef.id(),
                input("Master chef", false, false)));

        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.status()).isEqualTo(TemplateStatus.PENDING_REVIEW);
        assertThat(accolade.templates().getTemplate(new TemplateCommand(anonymous,
                chef.id())).template().details().title())
                .isEqualTo("Chef");
        AwardOutcome outcome = accolade.awards().award(AwardCommand.of(as(demo), chef.id(), Identity.email("a@b.org")));
        assertThat(((AwardOutcome.Awarded) outcome).award().terms().templateVersion()).isEqualTo(1);

        accolade.moderation().approveTemplate(new TemplateCommand(operator, chef.id()));
        assertThat(accolade.templates().getTemplate(new TemplateCommand(anonymous,
                chef.id())).template().details().title())
                .isEqualTo("Master chef");
    }

    @Test
    void a_draft_is_invisible_to_everyone_but_its_issuer_and_the_operator() {
        Issuer demo = issuer("demo");
        Issuer other = issuer("other");
        Template chef = draft(demo, input("Chef", false, false));

        assertThat(accolade.templates().getTemplate(new TemplateCommand(operator,
                chef.id())).template()).isEqualTo(chef);
        assertRefused(() -> accolade.templates().getTemplate(new TemplateCommand(as(other), chef.id())),
                "template_not_found",
                ErrorCategory.NOT_FOUND);
        assertRefused(() -> accolade.templates().getTemplate(new TemplateCommand(anonymous, chef.id())),
                "template_not_found");
        assertRefused(() -> accolade.templates().updateTemplate(new UpdateTemplateCommand(as(other), chef.id(),
                input("Stolen", false, false))), "template_not_found");
        assertRefused(() -> accolade.templates().deleteTemplate(new TemplateCommand(as(other), chef.id())),
                "template_not_found");
    }

    @Test
    void everyone_lists_published_templates_and_an_issuer_also_its_other_ones() {
        Issuer demo = issuer("demo");
        published(demo, "Chef");
        draft(demo, input("Baker", false, false));

        assertThat(titles(accolade.templates().findTemplates(query(anonymous, demo, null)))).containsExactly("Chef");
        assertThat(titles(accolade.templates().findTemplates(query(as(demo), demo, null)))).containsExactly("Chef",
                "Baker");
        assertThat(titles(accolade.templates().findTemplates(query(as(demo), demo, TemplateStatus.DRAFT))))
                .containsExactly("Baker");
        assertRefused(() -> accolade.templates().findTemplates(query(as(issuer("other")), demo, TemplateStatus.DRAFT)),
                "template_status_forbidden", ErrorCategory.FORBIDDEN);
        assertRefused(() -> accolade.templates().findTemplates(query(anonymous, demo, TemplateStatus.DRAFT)),
                "authentication_required");
    }

    @Test
    void templates_are_listed_within_a_window_of_their_creation() {
        Issuer demo = issuer("demo");
        published(demo, "Chef");
        clock.advance(Duration.ofHours(1));
        Instant later = clock.peek();
        published(demo, "Baker");
        draft(demo, input("Cook", false, false));

        assertThat(titles(accolade.templates().findTemplates(created(anonymous, demo, TimeWindow.between(later,
                null)))))
                .containsExactly("Baker");
        assertThat(titles(accolade.templates().findTemplates(created(as(demo), demo, TimeWindow.between(later, null)))))
                .containsExactly("Baker", "Cook");
        assertThat(titles(accolade.templates().findTemplates(created(as(demo), demo, TimeWindow.between(null, later)))))
                .containsExactly("Chef");
    }

    @Test
    void a_title_search_finds_live_titles_for_anyone_and_working_titles_for_the_issuer() {
        Issuer demo = issuer("demo");
        Template chef = published(demo, "Chef");
        accolade.templates().updateTemplate(new UpdateTemplateCommand(as(demo), chef.id(),
                input("Sous-chef, embargoed", false,
                false)));
        published(demo, "Pastry CHEF");
        draft(demo, input("Chef’s draft", false, false));

        assertThat(titles(accolade.templates().findTemplates(titled(anonymous, demo, "EMBARGO")))).isEmpty();
        assertThat(titles(accolade.templates().findTemplates(titled(anonymous, demo, "chef")))).containsExactly("Chef",
                "Pastry CHEF");
        assertThat(titles(accolade.templates().findTemplates(titled(as(demo), demo, "embargo"))))
                .containsExactly("Sous-chef, embargoed");
        assertThat(titles(accolade.templates().findTemplates(titled(as(demo), demo, "CHEF")))).containsExactly(
                "Sous-chef, embargoed", "Pastry CHEF", "Chef’s draft");
    }

    private static FindTemplatesQuery created(Actor actor, Issuer issuer, TimeWindow window) {
        return FindTemplatesQuery.all(actor, PageRequest.first()).ofIssuer(issuer.id()).createdWithin(window);
    }

    private static FindTemplatesQuery titled(Actor actor, Issuer issuer, String text) {
        return FindTemplatesQuery.all(actor, PageRequest.first()).ofIssuer(issuer.id()).titled(new TitleSearch(text));
    }

    @Test
    void templates_are_found_by_category_sorted_and_paged() {
        Issuer demo = issuer("demo");
        CategoryId sweet = accolade.categories().createCategory(new CreateCategoryCommand(operator, "Sweet", null,
                null)).id();
        List<String> expected = new ArrayList<>();
        for (String title : List.of("Eclair", "Brioche", "Donut", "Apple pie", "Croissant")) {
            published(demo, new TemplateInput(title, null, null, List.of(sweet), null, null, null, null, false, false,
                    false));
            expected.add(title);
        }
        published(demo, "Steak");
        expected.sort(java.util.Comparator.reverseOrder());

        List<String> listed = new ArrayList<>();
        FindTemplatesQuery first = FindTemplatesQuery.all(anonymous, PageRequest.first(2)).inCategories(Set.of(sweet))
                .sortedBy(TemplateSort.NAME, SortDirection.DESC);
        Page<TemplateView> page = accolade.templates().findTemplates(first);
        listed.addAll(titles(page));
        while (page.hasNext()) {
            page = accolade.templates().findTemplates(FindTemplatesQuery.all(anonymous,
                    PageRequest.after(page.next().get(), 2)).inCategories(Set.of(sweet))
                    .sortedBy(TemplateSort.NAME, SortDirection.DESC));
            listed.addAll(titles(page));
        }

        assertThat(listed).containsExactlyElementsOf(expected);
    }

    @Test
    void deleting_a_template_removes_it_and_its_awards() {
        Issuer demo = issuer("demo");
        Template chef = published(demo, "Chef");
        accolade.awards().award(AwardCommand.of(as(demo), chef.id(), Identity.email("a@b.org")));

        accolade.templates().deleteTemplate(new TemplateCommand(as(demo), chef.id()));

        assertRefused(() -> accolade.templates().getTemplate(new TemplateCommand(as(demo), chef.id())),
                "template_not_found");
        assertThat(StoreSnapshot.of(store).contents()).containsExactly(demo);
    }

    @Test
    void in_the_sandbox_templates_are_approved_on_creation_and_on_every_edit() {
        Accolade sandbox = assembled(AccoladeSettings.DEFAULT.withSandbox(true));
        Issuer demo = issuer("demo");

        Template created = sandbox.templates().createTemplate(new CreateTemplateCommand(as(demo), demo.id(),
                input("Chef", false, false), false));
        Template edited = sandbox.templates().updateTemplate(new UpdateTemplateCommand(as(demo), created.id(),
                input("Master chef", false, false)));

        assertThat(created.status()).isEqualTo(TemplateStatus.PUBLISHED);
        assertThat(edited.status()).isEqualTo(TemplateStatus.PUBLISHED);
        assertThat(edited.live().orElseThrow().details().title()).isEqualTo("Master chef");
    }

    @Test
    void a_template_view_counts_live_awards_and_the_latest() {
        Issuer demo = issuer("demo");
        Template chef = published(demo, input("Chef", true, false));
        accolade.awards().award(AwardCommand.of(as(demo), chef.id(), Identity.email("a@b.org")));
        AwardOutcome last = accolade.awards().award(AwardCommand.of(as(demo), chef.id(), Identity.email("c@d.org")));

        TemplateView view = accolade.templates().getTemplate(new TemplateCommand(anonymous, chef.id()));

        assertThat(view.awards().count()).isEqualTo(2);
        assertThat(view.awards().latest()).contains(((AwardOutcome.Awarded) last).award().awardedAt());
    }

    @Test
    void a_version_in_review_shows_to_outsiders_neither_in_order_nor_in_cursors() {
        Issuer demo = issuer("demo");
        Template alpha = published(demo, "Alpha");
        published(demo, "Beta");
        accolade.templates().updateTemplate(new UpdateTemplateCommand(as(demo), alpha.id(),
                input("Zeta, embargoed merger", false, false)));

        Page<TemplateView> first = accolade.templates()
                .findTemplates(FindTemplatesQuery.all(anonymous, PageRequest.first(1)).ofIssuer(demo.id())
                .sortedBy(TemplateSort.NAME, SortDirection.DESC));

        assertThat(titles(first)).containsExactly("Beta");
        assertThat(first.next().orElseThrow().key()).isEqualTo("Beta");
        Page<TemplateView> second = accolade.templates()
                .findTemplates(FindTemplatesQuery.all(anonymous, PageRequest.after(first.next().get(), 1))
                .ofIssuer(demo.id()).sortedBy(TemplateSort.NAME, SortDirection.DESC));
        assertThat(titles(second)).containsExactly("Alpha");
    }
}
