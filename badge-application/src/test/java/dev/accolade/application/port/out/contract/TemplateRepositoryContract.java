package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.everyDetail;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;
import static dev.accolade.application.port.out.contract.ContractData.titled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.domain.category.Category;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.rule.CompositeRule;
import dev.accolade.domain.rule.DayTally.StreakUnit;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.StreakRule;
import dev.accolade.domain.rule.ThresholdRule;
import dev.accolade.domain.template.FieldValue;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateDetails;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.template.TemplateStatus;
import dev.accolade.domain.testdata.TestData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every store promises about templates, paging aside: exact round trips of every lifecycle state
 * and every detail, updates, deletes, lookups, and titles unique within an issuer.
 */
public abstract class TemplateRepositoryContract extends StoreContract {

    private Optional<Template> found(TemplateId id) {
        return read(() -> store.templates().findById(id));
    }

    @Test
    void a_draft_with_no_optional_detail_comes_back_equal() {
        Issuer issuer = savedIssuer();
        Template draft = saved(Template.create(new TemplateId(TestData.nextId()), TestData.publicId(), issuer.id(),
                titled("Plain"),
                plusMicros(at(1), 1)));

        assertThat(found(draft.id())).contains(draft);
        assertThat(draft.live()).isEmpty();
        assertThat(draft.details().icon()).isEmpty();
        assertThat(draft.details().type()).isEmpty();
    }

    @Test
    void a_template_with_every_detail_comes_back_equal() {
        Issuer issuer = savedIssuer();
        Category second = savedCategory();
        Category first = savedCategory();
        Template template = saved(TestData.published(issuer.id(), everyDetail(List.of(second.id(), first.id()))));

        Optional<Template> loaded = found(template.id());

        assertThat(loaded).contains(template);
        TemplateDetails details = loaded.orElseThrow().details();
        assertThat(details.categories()).containsExactly(second.id(), first.id());
        assertThat(details.attachments()).isEqualTo(template.details().attachments());
    }

    @Test
    void custom_fields_keep_the_order_of_their_names_and_of_nested_members() {
        Issuer issuer = savedIssuer();
        Template template = saved(TestData.draft(issuer.id(), everyDetail(List.of())));

        TemplateDetails details = found(template.id()).orElseThrow().details();

        assertThat(details.customFields().values().keySet()).containsExactly("zeta", "Alpha", "m_9", "link",
                "active", "nothing");
        FieldValue.ObjectValue link = (FieldValue.ObjectValue) details.customFields().get("link");
        assertThat(link.members().keySet()).containsExactly("zulu", "alpha", "mike", "empty");
    }

    @Test
    void custom_field_numbers_keep_their_exact_value_and_scale() {
        Issuer issuer = savedIssuer();
        Template template = saved(TestData.draft(issuer.id(), everyDetail(List.of())));

        TemplateDetails details = found(template.id()).orElseThrow().details();

        BigDecimal alpha = ((FieldValue.NumberValue) details.customFields().get("Alpha")).value();
        assertThat(alpha.toString()).isEqualTo("5.10");
        List<FieldValue> numbers = ((FieldValue.ListValue) details.customFields().get("m_9")).values();
        assertThat(numbers.subList(0, 4)).extracting(value -> ((FieldValue.NumberValue) value).value().toString())
                .containsExactly("-0.0010", "123456789012345678901234567890", "1E+3", "0");
    }

    @Test
    void a_published_template_with_a_revision_in_review_keeps_both_versions() {
        Issuer issuer = savedIssuer();
        Category category = savedCategory();
        Template template = TestData.published(issuer.id(), titled("Live title"))
                .edit(everyDetail(List.of(category.id())), plusMicros(at(10), 10));
        saved(template);

        Optional<Template> loaded = found(template.id());

        assertThat(loaded).contains(template);
        assertThat(loaded.orElseThrow().status()).isEqualTo(TemplateStatus.PENDING_REVIEW);
        assertThat(loaded.orElseThrow().version()).isEqualTo(2);
        assertThat(loaded.orElseThrow().live().orElseThrow().details()).isEqualTo(titled("Live title"));
    }

    @Test
    void a_rejected_template_keeps_its_reason() {
        Issuer issuer = savedIssuer();
        Template template = TestData.draft(issuer.id()).submit(plusMicros(at(1), 1))
                .reject("Too close to “Baker” — rename it", plusMicros(at(2), 2));
        saved(template);

        assertThat(found(template.id())).contains(template);
    }

    @Test
    void an_unknown_id_finds_no_template() {
        savedTemplate(savedIssuer().id());

        assertThat(found(new TemplateId(TestData.nextId()))).isEmpty();
    }

    @Test
    void an_update_replaces_the_stored_template_details_and_lifecycle_alike() {
        Issuer issuer = savedIssuer();
        Category category = savedCategory();
        Template draft = saved(TestData.draft(issuer.id()));
        Template published = draft.submit(at(1)).approve(plusMicros(at(2), 2));
        Template edited = published.edit(everyDetail(List.of(category.id())), plusMicros(at(3), 3));

        write(() -> store.templates().update(published));
        assertThat(found(draft.id())).contains(published);

        write(() -> store.templates().update(edited));
        assertThat(found(draft.id())).contains(edited);
    }

    @Test
    void an_update_can_drop_optional_details() {
        Issuer issuer = savedIssuer();
        Category category = savedCategory();
        Template full = saved(TestData.draft(issuer.id(), everyDetail(List.of(category.id()))));
        Template plain = full.edit(titled("Plain again"), at(5));

        write(() -> store.templates().update(plain));

        assertThat(found(full.id())).contains(plain);
    }

    @Test
    void deleting_a_template_removes_only_that_template() {
        Issuer issuer = savedIssuer();
        Template deleted = savedTemplate(issuer.id());
        Template kept = savedTemplate(issuer.id());

        write(() -> store.templates().delete(deleted.id()));

        assertThat(found(deleted.id())).isEmpty();
        assertThat(found(kept.id())).contains(kept);
        assertThat(read(() -> store.templates().findByTitle(issuer.id(), deleted.details().title()))).isEmpty();
    }

    @Test
    void deleting_an_unknown_template_changes_nothing() {
        Template kept = savedTemplate(savedIssuer().id());

        write(() -> store.templates().delete(new TemplateId(TestData.nextId())));

        assertThat(found(kept.id())).contains(kept);
    }

    @Test
    void find_all_by_id_returns_the_existing_ones_and_ignores_unknown_ids() {
        Issuer issuer = savedIssuer();
        Template a = savedTemplate(issuer.id());
        Template b = saved(TestData.draft(savedIssuer().id()));
        savedTemplate(issuer.id());
        TemplateId unknown = new TemplateId(TestData.nextId());

        assertThat(read(() -> store.templates().findAllById(List.of(b.id(), unknown, a.id()))))
                .containsExactlyInAnyOrder(a, b);
    }

    @Test
    void find_all_by_id_returns_each_template_once_even_when_asked_twice() {
        Template a = savedTemplate(savedIssuer().id());

        assertThat(read(() -> store.templates().findAllById(List.of(a.id(), a.id())))).containsExactly(a);
    }

    @Test
    void find_all_by_id_of_no_ids_is_empty() {
        savedTemplate(savedIssuer().id());

        assertThat(read(() -> store.templates().findAllById(List.of()))).isEmpty();
    }

    @Test
    void find_by_title_finds_the_issuers_template_with_exactly_that_working_title() {
        Issuer issuer = savedIssuer();
        Issuer other = savedIssuer();
        Template chef = savedTemplate(issuer.id(), titled("Chef"));
        Template othersChef = savedTemplate(other.id(), titled("Chef"));

        assertThat(read(() -> store.templates().findByTitle(issuer.id(), "Chef"))).contains(chef);
        assertThat(read(() -> store.templates().findByTitle(other.id(), "Chef"))).contains(othersChef);
        assertThat(read(() -> store.templates().findByTitle(issuer.id(), "chef"))).isEmpty();
        assertThat(read(() -> store.templates().findByTitle(issuer.id(), "CHEF"))).isEmpty();
        assertThat(read(() -> store.templates().findByTitle(issuer.id(), "Chef "))).isEmpty();
        assertThat(read(() -> store.templates().findByTitle(issuer.id(), "Che"))).isEmpty();
        assertThat(read(() -> store.templates().findByTitle(issuer.id(), "Che%"))).isEmpty();
    }

    @Test
    void find_by_title_looks_at_the_working_title_not_the_live_one() {
        Issuer issuer = savedIssuer();
        Template template = saved(TestData.published(issuer.id(), titled("Old name")).edit(titled("New name"),
                at(5)));

        assertThat(read(() -> store.templates().findByTitle(issuer.id(), "New name"))).contains(template);
        assertThat(read(() -> store.templates().findByTitle(issuer.id(), "Old name"))).isEmpty();
    }

    @Test
    void a_title_taken_within_the_issuer_is_refused_with_template_title_taken_and_changes_nothing() {
        Issuer issuer = savedIssuer();
        Template first = savedTemplate(issuer.id(), titled("Chef"));
        Template second = TestData.draft(issuer.id(), titled("Chef"));

        assertThatThrownBy(() -> write(() -> store.templates().insert(second)))
                .isInstanceOfSatisfying(UniqueConstraintViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("template_title_taken"));

        assertThat(found(second.id())).isEmpty();
        assertThat(read(() -> store.templates().findByTitle(issuer.id(), "Chef"))).contains(first);
    }

    @Test
    void the_same_title_in_another_issuer_is_fine() {
        Template mine = savedTemplate(savedIssuer().id(), titled("Chef"));
        Template theirs = savedTemplate(savedIssuer().id(), titled("Chef"));

        assertThat(found(mine.id())).contains(mine);
        assertThat(found(theirs.id())).contains(theirs);
    }

    @Test
    void renaming_to_a_title_taken_within_the_issuer_is_refused_and_changes_nothing() {
        Issuer issuer = savedIssuer();
        savedTemplate(issuer.id(), titled("Chef"));
        Template other = saved(TestData.draft(issuer.id(), titled("Cook")));

        assertThatThrownBy(() -> write(() -> store.templates().update(other.edit(titled("Chef"), at(5)))))
                .isInstanceOfSatisfying(UniqueConstraintViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("template_title_taken"));

        assertThat(found(other.id())).contains(other);
    }

    @Test
    void a_renamed_template_frees_its_old_title() {
        Issuer issuer = savedIssuer();
        Template renamed = saved(TestData.draft(issuer.id(), titled("Chef")));
        write(() -> store.templates().update(renamed.edit(titled("Head chef"), at(5))));

        Template newcomer = saved(TestData.draft(issuer.id(), titled("Chef")));

        assertThat(read(() -> store.templates().findByTitle(issuer.id(), "Chef"))).contains(newcomer);
    }

    @Test
    void only_the_working_title_is_unique_so_a_live_title_may_be_reused() {
        Issuer issuer = savedIssuer();
        saved(TestData.published(issuer.id(), titled("Chef")).edit(titled("Head chef"), at(5)));

        Template newcomer = saved(TestData.draft(issuer.id(), titled("Chef")));

        assertThat(found(newcomer.id())).contains(newcomer);
    }

    @Test
    void a_deleted_template_frees_its_title() {
        Issuer issuer = savedIssuer();
        Template deleted = savedTemplate(issuer.id(), titled("Chef"));
        write(() -> store.templates().delete(deleted.id()));

        Template newcomer = saved(TestData.draft(issuer.id(), titled("Chef")));

        assertThat(read(() -> store.templates().findByTitle(issuer.id(), "Chef"))).contains(newcomer);
    }

    private static TemplateDetails ruled(String title, String metric, long atLeast) {
        return TemplateDetails.titled(title).rule(new ThresholdRule(new Metric(metric), atLeast)).build();
    }

    private List<TemplateId> byLiveRule(Issuer issuer, String metric) {
        return read(() -> store.templates().findByLiveRule(issuer.id(), new Metric(metric))).stream()
                .map(Template::id).toList();
    }

    private List<TemplateId> withLiveRule(Issuer issuer) {
        return read(() -> store.templates().findWithLiveRule(issuer.id())).stream().map(Template::id).toList();
    }

    @Test
    void templates_are_found_by_the_metric_of_their_live_rule_and_only_their_issuers() {
        Issuer issuer = savedIssuer();
        Issuer other = savedIssuer();
        Template bronze = saved(TestData.published(issuer.id(), ruled("Bronze", "comments", 5)));
        Template gold = saved(TestData.published(issuer.id(), ruled("Gold", "comments", 25)));
        Template likes = saved(TestData.published(issuer.id(), ruled("Liked", "likes", 10)));
        saved(TestData.published(issuer.id(), titled("No rule")));
        saved(TestData.draft(issuer.id(), ruled("Draft", "comments", 1)));
        saved(TestData.published(other.id(), ruled("Theirs", "comments", 5)));

        assertThat(byLiveRule(issuer, "comments")).containsExactly(bronze.id(), gold.id());
        assertThat(byLiveRule(issuer, "likes")).containsExactly(likes.id());
        assertThat(byLiveRule(issuer, "logins")).isEmpty();
        assertThat(withLiveRule(issuer)).containsExactly(bronze.id(), gold.id(), likes.id());
        assertThat(read(() -> store.templates().findById(gold.id())).orElseThrow().awardable().details().rule())
                .contains(new ThresholdRule(new Metric("comments"), 25));
    }

    @Test
    void a_rule_changed_on_a_published_template_counts_only_once_its_version_is_live() {
        Issuer issuer = savedIssuer();
        Template template = saved(TestData.published(issuer.id(), titled("Chatty")));
        Template edited = template.edit(ruled("Chatty", "comments", 25), plusMicros(at(5), 0));
        write(() -> store.templates().update(edited));

        assertThat(edited.status()).isEqualTo(TemplateStatus.PENDING_REVIEW);
        assertThat(byLiveRule(issuer, "comments")).isEmpty();

        Template approved = edited.approve(plusMicros(at(6), 0));
        write(() -> store.templates().update(approved));
        assertThat(byLiveRule(issuer, "comments")).containsExactly(template.id());

        Template moved = approved.edit(ruled("Chatty", "likes", 3), plusMicros(at(7), 0)).approve(plusMicros(at(8), 0));
        write(() -> store.templates().update(moved));
        assertThat(byLiveRule(issuer, "comments")).isEmpty();
        assertThat(byLiveRule(issuer, "likes")).containsExactly(template.id());
    }

    @Test
    void every_kind_of_rule_is_kept_and_composites_are_found_by_the_templates_they_name() {
        Issuer issuer = savedIssuer();
        Template bronze = saved(TestData.published(issuer.id(), ruled("Bronze", "comments", 5)));
        Template weekly = saved(TestData.published(issuer.id(), TemplateDetails.titled("Weekly")
                .rule(new ThresholdRule(new Metric("comments"), 10, 7)).build()));
        Template streak = saved(TestData.published(issuer.id(), TemplateDetails.titled("Streak")
                .rule(new StreakRule(new Metric("login"), 4, StreakUnit.WEEKS)).build()));
        CompositeRule both = CompositeRule.anyOf(List.of(bronze.id(), streak.id()), 2);
        Template composite = saved(TestData.published(issuer.id(), TemplateDetails.titled("Both").rule(both).build()));
        saved(TestData.draft(issuer.id(), TemplateDetails.titled("Draft").rule(CompositeRule.allOf(
                List.of(bronze.id()))).build()));

        assertThat(withLiveRule(issuer)).containsExactly(bronze.id(), weekly.id(), streak.id(), composite.id());
        assertThat(byLiveRule(issuer, "login")).containsExactly(streak.id());
        assertThat(read(() -> store.templates().findById(composite.id())).orElseThrow().awardable().details().rule())
                .contains(both);
        assertThat(read(() -> store.templates().findById(weekly.id())).orElseThrow().awardable().details().rule())
                .contains(new ThresholdRule(new Metric("comments"), 10, 7));
        assertThat(read(() -> store.templates().findByLiveDependency(bronze.id()))).extracting(Template::id)
                .containsExactly(composite.id());
        assertThat(read(() -> store.templates().findByLiveDependency(weekly.id()))).isEmpty();

        Template changed = composite.edit(TemplateDetails.titled("Both").rule(CompositeRule.allOf(
                List.of(weekly.id()))).build(), plusMicros(at(5), 0)).approve(plusMicros(at(6), 0));
        write(() -> store.templates().update(changed));
        assertThat(read(() -> store.templates().findByLiveDependency(bronze.id()))).isEmpty();
        assertThat(read(() -> store.templates().findByLiveDependency(weekly.id()))).extracting(Template::id)
                .containsExactly(composite.id());
    }
}
