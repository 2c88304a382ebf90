package dev.accolade.domain.template;

import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Outside its issuer a template shows only its live version, and nothing at all before it went live. */
class TemplatePublicViewTest {

    private static final IssuerId ISSUER = new IssuerId(1);
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);

    @Test
    void a_draft_has_no_public_view() {
        assertThat(TestData.draft(ISSUER).publicView()).isEmpty();
    }

    @Test
    void a_template_pending_its_first_review_has_no_public_view() {
        assertThat(TestData.pendingReview(ISSUER).publicView()).isEmpty();
    }

    @Test
    void a_rejected_template_never_published_has_no_public_view() {
        assertThat(TestData.rejected(ISSUER).publicView()).isEmpty();
    }

    @Test
    void the_public_view_of_a_published_template_is_the_template_itself() {
        Template published = TestData.published(ISSUER);

        assertThat(published.publicView()).contains(published);
    }

    @Test
    void the_public_view_hides_a_pending_revision() {
        Template published = TestData.published(ISSUER);
        Template edited = published.edit(TestData.details().build(), T1);

        Template view = edited.publicView().orElseThrow();

        assertThat(view.status()).isEqualTo(TemplateStatus.PUBLISHED);
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.details()).isEqualTo(published.details());
    }

    @Test
    void the_public_view_hides_the_rejection_of_a_new_version() {
        Template rejected = TestData.published(ISSUER).edit(TestData.details().build(), T1).reject("Typo", T2);

        Template view = rejected.publicView().orElseThrow();

        assertThat(view.status()).isEqualTo(TemplateStatus.PUBLISHED);
        assertThat(view.rejectionReason()).isEmpty();
    }

    @Test
    void the_public_view_is_dated_by_the_live_publication() {
        Template edited = TestData.published(ISSUER).edit(TestData.details().build(), T1);

        assertThat(edited.publicView().orElseThrow().updatedAt()).isEqualTo(T0);
    }
}
