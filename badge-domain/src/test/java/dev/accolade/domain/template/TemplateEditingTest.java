package dev.accolade.domain.template;

import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Editing a template: drafts stay drafts, reviews stay in review, published ones get a new version. */
class TemplateEditingTest {

    private static final IssuerId ISSUER = new IssuerId(1);
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);
    private static final Instant T3 = T0.plusSeconds(180);

    private final TemplateDetails next = TestData.details().description("Changed").build();

    @Test
    void editing_a_draft_keeps_it_a_draft_of_the_same_version() {
        Template edited = TestData.draft(ISSUER).edit(next, T1);

        assertThat(edited.status()).isEqualTo(TemplateStatus.DRAFT);
        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.details()).isEqualTo(next);
    }

    @Test
    void editing_dates_the_change_and_keeps_the_creation_date() {
        Template edited = TestData.draft(ISSUER).edit(next, T1);

        assertThat(edited.updatedAt()).isEqualTo(T1);
        assertThat(edited.createdAt()).isEqualTo(T0);
    }

    @Test
    void editing_a_rejected_template_makes_it_a_draft_again() {
        Template edited = TestData.rejected(ISSUER).edit(next, T1);

        assertThat(edited.status()).isEqualTo(TemplateStatus.DRAFT);
        assertThat(edited.version()).isEqualTo(1);
    }

    @Test
    void editing_a_rejected_template_clears_the_reason() {
        assertThat(TestData.rejected(ISSUER).edit(next, T1).rejectionReason()).isEmpty();
    }

    @Test
    void editing_a_template_pending_review_keeps_it_pending() {
        Template edited = TestData.pendingReview(ISSUER).edit(next, T1);

        assertThat(edited.status()).isEqualTo(TemplateStatus.PENDING_REVIEW);
        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.details()).isEqualTo(next);
    }

    @Test
    void editing_a_published_template_makes_a_new_version_pending_review() {
        Template edited = TestData.published(ISSUER).edit(next, T1);

        assertThat(edited.status()).isEqualTo(TemplateStatus.PENDING_REVIEW);
        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.details()).isEqualTo(next);
    }

    @Test
    void while_a_new_version_waits_the_published_one_stays_live_and_awardable() {
        Template published = TestData.published(ISSUER);

        Template edited = published.edit(next, T1);

        assertThat(edited.isPublished()).isTrue();
        assertThat(edited.live()).isEqualTo(published.live());
        assertThat(edited.awardable().details()).isEqualTo(published.details());
    }

    @Test
    void editing_a_waiting_new_version_again_keeps_its_version_number() {
        Template edited = TestData.published(ISSUER).edit(next, T1).edit(TestData.details().build(), T2);

        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.status()).isEqualTo(TemplateStatus.PENDING_REVIEW);
    }

    @Test
    void editing_a_rejected_new_version_makes_a_draft_while_the_old_one_stays_live() {
        Template published = TestData.published(ISSUER);

        Template edited = published.edit(next, T1).reject("No", T2).edit(TestData.details().build(), T3);

        assertThat(edited.status()).isEqualTo(TemplateStatus.DRAFT);
        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.live()).isEqualTo(published.live());
    }

    @Test
    void approving_the_new_version_makes_it_the_live_one() {
        Template approved = TestData.published(ISSUER).edit(next, T1).approve(T2);

        assertThat(approved.status()).isEqualTo(TemplateStatus.PUBLISHED);
        assertThat(approved.live()).contains(new PublishedRevision(2, next, T2));
    }

    @Test
    void editing_the_republished_template_makes_version_three() {
        Template edited = TestData.published(ISSUER).edit(next, T1).approve(T2).edit(TestData.details().build(), T3);

        assertThat(edited.version()).isEqualTo(3);
        assertThat(edited.awardable().version()).isEqualTo(2);
    }
}
