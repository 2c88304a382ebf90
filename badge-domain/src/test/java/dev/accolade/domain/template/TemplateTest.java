package dev.accolade.domain.template;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static dev.accolade.domain.testdata.DomainAssertions.assertRefused;
import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A template's moderation: draft, pending review, then published or rejected, and publishing at once. */
class TemplateTest {

    private static final IssuerId ISSUER = new IssuerId(1);
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);

    @Test
    void a_new_template_is_a_draft_of_version_one() {
        TemplateDetails details = TestData.details().build();

        Template template = Template.create(new TemplateId(5), TestData.publicId(), ISSUER, details, T0);

        assertThat(template.status()).isEqualTo(TemplateStatus.DRAFT);
        assertThat(template.version()).isEqualTo(1);
        assertThat(template.details()).isEqualTo(details);
        assertThat(template.issuer()).isEqualTo(ISSUER);
    }

    @Test
    void a_new_template_has_never_been_live() {
        Template template = TestData.draft(ISSUER);

        assertThat(template.isPublished()).isFalse();
        assertThat(template.live()).isEmpty();
        assertThat(template.firstPublishedAt()).isEmpty();
        assertThat(template.rejectionReason()).isEmpty();
    }

    @Test
    void a_new_template_is_created_and_updated_now() {
        Template template = TestData.draft(ISSUER);

        assertThat(template.createdAt()).isEqualTo(T0);
        assertThat(template.updatedAt()).isEqualTo(T0);
    }

    @Test
    void a_draft_can_be_submitted_for_review() {
        Template submitted = TestData.draft(ISSUER).submit(T1);

        assertThat(submitted.status()).isEqualTo(TemplateStatus.PENDING_REVIEW);
        assertThat(submitted.version()).isEqualTo(1);
        assertThat(submitted.updatedAt()).isEqualTo(T1);
    }

    @Test
    void a_rejected_template_can_be_submitted_again_without_its_reason() {
        Template submitted = TestData.rejected(ISSUER).submit(T1);

        assertThat(submitted.status()).isEqualTo(TemplateStatus.PENDING_REVIEW);
        assertThat(submitted.rejectionReason()).isEmpty();
    }

    @Test
    void a_template_pending_review_cannot_be_submitted() {
        Template pending = TestData.pendingReview(ISSUER);

        assertRefused(() -> pending.submit(T1), ErrorCategory.RULE_VIOLATION, "template_not_submittable");
    }

    @Test
    void a_published_template_cannot_be_submitted() {
        Template published = TestData.published(ISSUER);

        assertRefused(() -> published.submit(T1), ErrorCategory.RULE_VIOLATION, "template_not_submittable");
    }

    @Test
    void approving_makes_the_version_in_review_live() {
        Template pending = TestData.pendingReview(ISSUER);

        Template approved = pending.approve(T1);

        assertThat(approved.status()).isEqualTo(TemplateStatus.PUBLISHED);
        assertThat(approved.live()).contains(new PublishedRevision(1, pending.details(), T1));
        assertThat(approved.isPublished()).isTrue();
    }

    @Test
    void the_first_approval_dates_the_first_publication() {
        assertThat(TestData.pendingReview(ISSUER).approve(T1).firstPublishedAt()).contains(T1);
    }

    @Test
    void approving_a_later_version_keeps_the_first_publication_date() {
        Template published = TestData.published(ISSUER);

        Template republished = published.edit(TestData.details().build(), T1).approve(T2);

        assertThat(republished.firstPublishedAt()).contains(T0);
        assertThat(republished.live().orElseThrow().publishedAt()).isEqualTo(T2);
    }

    @Test
    void a_draft_cannot_be_approved() {
        Template draft = TestData.draft(ISSUER);

        assertRefused(() -> draft.approve(T1), ErrorCategory.RULE_VIOLATION, "template_not_pending_review");
    }

    @Test
    void a_rejected_template_cannot_be_approved() {
        Template rejected = TestData.rejected(ISSUER);

        assertRefused(() -> rejected.approve(T1), ErrorCategory.RULE_VIOLATION, "template_not_pending_review");
    }

    @Test
    void a_published_template_cannot_be_approved_again() {
        Template published = TestData.published(ISSUER);

        assertRefused(() -> published.approve(T1), ErrorCategory.RULE_VIOLATION, "template_not_pending_review");
    }

    @Test
    void rejecting_keeps_the_reason() {
        Template rejected = TestData.pendingReview(ISSUER).reject("  Icon is blurry ", T1);

        assertThat(rejected.status()).isEqualTo(TemplateStatus.REJECTED);
        assertThat(rejected.rejectionReason()).contains("Icon is blurry");
        assertThat(rejected.updatedAt()).isEqualTo(T1);
    }

    @Test
    void rejecting_without_a_reason_keeps_none() {
        assertThat(TestData.pendingReview(ISSUER).reject(" ", T1).rejectionReason()).isEmpty();
    }

    @Test
    void a_reason_of_500_characters_is_accepted() {
        assertThat(TestData.pendingReview(ISSUER).reject("r".repeat(Template.MAX_REASON_LENGTH), T1)
                .rejectionReason().orElseThrow()).hasSize(500);
    }

    @Test
    void a_reason_of_501_characters_is_refused() {
        Template pending = TestData.pendingReview(ISSUER);

        assertInvalid(() -> pending.reject("r".repeat(501), T1), "reason", "reason_too_long");
    }

    @Test
    void a_draft_cannot_be_rejected() {
        Template draft = TestData.draft(ISSUER);

        assertRefused(() -> draft.reject("No", T1), ErrorCategory.RULE_VIOLATION, "template_not_pending_review");
    }

    @Test
    void a_rejected_template_cannot_be_rejected_again() {
        Template rejected = TestData.rejected(ISSUER);

        assertRefused(() -> rejected.reject("No", T1), ErrorCategory.RULE_VIOLATION, "template_not_pending_review");
    }

    @Test
    void a_published_template_cannot_be_rejected() {
        Template published = TestData.published(ISSUER);

        assertRefused(() -> published.reject("No", T1), ErrorCategory.RULE_VIOLATION, "template_not_pending_review");
    }

    @Test
    void rejecting_a_new_version_keeps_the_old_one_live() {
        Template published = TestData.published(ISSUER);

        Template rejected = published.edit(TestData.details().build(), T1).reject("No", T2);

        assertThat(rejected.status()).isEqualTo(TemplateStatus.REJECTED);
        assertThat(rejected.version()).isEqualTo(2);
        assertThat(rejected.live()).isEqualTo(published.live());
        assertThat(rejected.awardable().version()).isEqualTo(1);
    }

    @Test
    void publishing_a_draft_at_once_makes_it_live() {
        Template published = TestData.draft(ISSUER).publishNow(T1);

        assertThat(published.status()).isEqualTo(TemplateStatus.PUBLISHED);
        assertThat(published.live().orElseThrow().version()).isEqualTo(1);
        assertThat(published.firstPublishedAt()).contains(T1);
    }

    @Test
    void publishing_a_template_pending_review_at_once_makes_it_live() {
        Template published = TestData.pendingReview(ISSUER).publishNow(T1);

        assertThat(published.status()).isEqualTo(TemplateStatus.PUBLISHED);
        assertThat(published.live().orElseThrow().publishedAt()).isEqualTo(T1);
    }

    @Test
    void publishing_a_rejected_template_at_once_makes_it_live_without_the_reason() {
        Template published = TestData.rejected(ISSUER).publishNow(T1);

        assertThat(published.status()).isEqualTo(TemplateStatus.PUBLISHED);
        assertThat(published.rejectionReason()).isEmpty();
    }

    @Test
    void publishing_a_published_template_at_once_changes_nothing() {
        Template published = TestData.published(ISSUER);

        assertThat(published.publishNow(T1)).isSameAs(published);
    }

    @Test
    void publishing_a_pending_new_version_at_once_makes_that_version_live() {
        TemplateDetails next = TestData.details().build();
        Template pending = TestData.published(ISSUER).edit(next, T1);

        Template published = pending.publishNow(T2);

        assertThat(published.live()).contains(new PublishedRevision(2, next, T2));
    }

    @Test
    void a_draft_is_not_awardable() {
        Template draft = TestData.draft(ISSUER);

        assertRefused(draft::awardable, ErrorCategory.RULE_VIOLATION, "template_not_published");
    }

    @Test
    void a_template_pending_its_first_review_is_not_awardable() {
        Template pending = TestData.pendingReview(ISSUER);

        assertRefused(pending::awardable, ErrorCategory.RULE_VIOLATION, "template_not_published");
    }

    @Test
    void a_rejected_template_never_published_is_not_awardable() {
        Template rejected = TestData.rejected(ISSUER);

        assertRefused(rejected::awardable, ErrorCategory.RULE_VIOLATION, "template_not_published");
    }

    @Test
    void a_published_template_awards_its_live_version() {
        Template published = TestData.published(ISSUER);

        assertThat(published.awardable()).isEqualTo(published.live().orElseThrow());
    }

    @Test
    void versions_start_at_one() {
        Template draft = TestData.draft(ISSUER);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Template.reconstitute(draft.id(), draft.publicId(), ISSUER, 0,
                draft.details(), TemplateStatus.DRAFT, Optional.empty(), Optional.empty(), Optional.empty(), T0, T0));
    }

    @Test
    void a_published_working_version_is_the_live_one() {
        Template published = TestData.published(ISSUER);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Template.reconstitute(published.id(), published.publicId(), ISSUER, 2,
                published.details(), TemplateStatus.PUBLISHED, published.live(), Optional.empty(),
                published.firstPublishedAt(), T0, T0));
    }

    @Test
    void a_template_has_a_first_publication_date_exactly_when_it_has_been_live() {
        Template published = TestData.published(ISSUER);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Template.reconstitute(published.id(), published.publicId(), ISSUER, 1,
                published.details(), TemplateStatus.PUBLISHED, published.live(), Optional.empty(), Optional.empty(),
                T0, T0));
    }

    @Test
    void a_reconstituted_template_equals_the_one_that_was_stored() {
        Template template = TestData.published(ISSUER).edit(TestData.details().build(), T1).reject("No", T2);

        Template loaded = Template.reconstitute(template.id(), template.publicId(), template.issuer(),
                template.version(),
                template.details(), template.status(), template.live(), template.rejectionReason(),
                template.firstPublishedAt(), template.createdAt(), template.updatedAt());

        assertThat(loaded).isEqualTo(template).hasSameHashCodeAs(template);
    }
}
