package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.achievement.RecipientSummary;
import dev.accolade.application.achievement.SummarizeRecipientsQuery;
import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.catalog.DeleteTemplatesByNameCommand;
import dev.accolade.application.catalog.NamedTemplateInput;
import dev.accolade.application.catalog.UpsertTemplatesCommand;
import dev.accolade.application.rating.RateTemplateCommand;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.application.template.UpdateTemplateCommand;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.template.FieldValue;
import dev.accolade.domain.template.RatingSummary;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Managing templates by name without moderation, and rating templates. */
public abstract class CatalogUseCasesTest extends UseCaseTest {

    private Issuer demo;

    @BeforeEach
    void anIssuer() {
        demo = issuer("demo");
    }

    private List<Template> upsert(NamedTemplateInput... templates) {
        return accolade.catalog().upsertTemplates(new UpsertTemplatesCommand(as(demo), demo.id(), List.of(templates)));
    }

    @Test
    void upserted_templates_are_published_repeatable_and_awarded_directly() {
        Template test = upsert(new NamedTemplateInput("test", "This is a test badge",
                Map.of("link", FieldValue.text("/badges/test"), "myCustomField", FieldValue.number(BigDecimal.TEN))))
                .get(0);

        assertThat(test.status()).isEqualTo(TemplateStatus.PUBLISHED);
        assertThat(test.details().repeatable()).isTrue();
        assertThat(test.details().customFields().get("myCustomField")).isEqualTo(FieldValue.number(BigDecimal.TEN));
        assertThat(accolade.awards().award(AwardCommand.of(as(demo), test.id(), Identity.handle("userbadges:demo",
                "daniel"))))
                .isInstanceOf(AwardOutcome.Awarded.class);
    }

    @Test
    void upserting_an_existing_name_replaces_its_fields_and_keeps_its_awards() {
        Template first = upsert(new NamedTemplateInput("test", "old", Map.of("type", FieldValue.text("silver"))))
                .get(0);
        accolade.awards().award(AwardCommand.of(as(demo), first.id(), Identity.handle("userbadges:demo", "daniel")));

        Template second = upsert(new NamedTemplateInput("test", "new", Map.of("type", FieldValue.text("gold"))))
                .get(0);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.live().orElseThrow().details().description()).isEqualTo("new");
        assertThat(second.details().customFields().values()).containsExactly(Map.entry("type",
                FieldValue.text("gold")));
        assertThat(accolade.templates().getTemplate(new TemplateCommand(anonymous,
                first.id())).awards().count()).isEqualTo(1);
    }

    @Test
    void upserting_the_same_fields_again_changes_nothing() {
        NamedTemplateInput test = new NamedTemplateInput("test", "same", Map.of());
        Template first = upsert(test).get(0);

        Template again = upsert(test).get(0);

        assertThat(again).isEqualTo(first);
    }

    @Test
    void an_upsert_with_a_bad_entry_writes_none_of_them() {
        assertRefusedWithoutChange(() -> upsert(new NamedTemplateInput("fine", null, null),
                new NamedTemplateInput("bad", null, Map.of("globalCount", FieldValue.NULL))),
                "custom_fields_reserved");
        assertRefusedWithoutChange(() -> upsert(new NamedTemplateInput("twice", null, null),
                new NamedTemplateInput("twice", null, null)), "name_duplicate");
        assertRefusedWithoutChange(() -> upsert(new NamedTemplateInput(" ", null, null)), "name_required");
    }

    @Test
    void deleting_by_name_removes_the_templates_from_every_recipient_and_skips_unknown_names() {
        List<Template> created = upsert(new NamedTemplateInput("donated", null, null),
                new NamedTemplateInput("test", null, null));
        Identity daniel = Identity.handle("userbadges:demo", "daniel");
        accolade.awards().award(AwardCommand.of(as(demo), created.get(1).id(), daniel));
        accolade.awards().award(AwardCommand.of(as(demo), created.get(0).id(), daniel));

        List<Template> deleted = accolade.catalog().deleteTemplatesByName(new DeleteTemplatesByNameCommand(as(demo),
                demo.id(),
                List.of("test", "unknown")));

        assertThat(deleted).extracting(Template::id).containsExactly(created.get(1).id());
        RecipientSummary summary = accolade.achievements().summarizeRecipients(new SummarizeRecipientsQuery(anonymous,
                demo.id(),
                List.of(daniel)));
        assertThat(summary.templates()).extracting(t -> t.template().details().title()).containsExactly("donated");
    }

    @Test
    void another_issuer_cannot_touch_the_catalogue() {
        Issuer other = issuer("other");

        assertRefused(() -> accolade.catalog().upsertTemplates(new UpsertTemplatesCommand(as(other), demo.id(),
                List.of(new NamedTemplateInput("x", null, null)))), "issuer_forbidden", ErrorCategory.FORBIDDEN);
        assertRefused(() -> accolade.catalog().deleteTemplatesByName(new DeleteTemplatesByNameCommand(as(other),
                demo.id(),
                List.of("x"))), "issuer_forbidden");
    }

    @Test
    void members_rate_published_templates_and_rating_again_replaces_their_scores() {
        Template chef = published(demo, "Chef");
        Member ann = member("ann@example.org");
        Member bob = member("bob@example.org");

        accolade.ratings().rateTemplate(new RateTemplateCommand(as(ann), chef.id(), 1.0, 5.0));
        accolade.ratings().rateTemplate(new RateTemplateCommand(as(bob), chef.id(), 4.0, 4.0));
        RatingSummary summary = accolade.ratings().rateTemplate(new RateTemplateCommand(as(ann), chef.id(), 2.0, 5.0));

        assertThat(summary).isEqualTo(new RatingSummary(2, 3.0, 4.5));
        assertThat(accolade.templates().getTemplate(new TemplateCommand(anonymous,
                chef.id())).ratings()).isEqualTo(summary);
    }

    @Test
    void ratings_are_for_members_on_published_templates_within_range() {
        Template chef = published(demo, "Chef");
        Template draft = accolade.templates().createTemplate(new CreateTemplateCommand(as(demo), demo.id(),
                input("Draft", false, false), false));
        Member ann = member("ann@example.org");

        assertRefused(() -> accolade.ratings().rateTemplate(new RateTemplateCommand(as(ann), chef.id(), 5.5, 1.0)),
                "difficulty_out_of_range");
        assertRefused(() -> accolade.ratings().rateTemplate(new RateTemplateCommand(as(demo), chef.id(), 1.0, 1.0)),
                "member_required");
        assertRefused(() -> accolade.ratings().rateTemplate(new RateTemplateCommand(as(ann), draft.id(), 1.0, 1.0)),
                "template_not_found");
        assertThat(accolade.templates().getTemplate(new TemplateCommand(anonymous, chef.id())).ratings())
                .isEqualTo(RatingSummary.NONE);
    }

    @Test
    void upserting_the_fields_of_a_version_in_review_publishes_it() {
        Template badge = upsert(new NamedTemplateInput("badge", "D1", null)).get(0);
        accolade.templates().updateTemplate(new UpdateTemplateCommand(as(demo), badge.id(),
                new TemplateInput("badge", "D2", null, null, null, null, null, null, false, true, false)));

        Template upserted = upsert(new NamedTemplateInput("badge", "D2", null)).get(0);

        assertThat(upserted.status()).isEqualTo(TemplateStatus.PUBLISHED);
        assertThat(upserted.live().orElseThrow().details().description()).isEqualTo("D2");
    }
}
