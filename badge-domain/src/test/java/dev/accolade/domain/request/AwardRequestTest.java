package dev.accolade.domain.request;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static dev.accolade.domain.testdata.DomainAssertions.assertRefused;
import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A member applies for a published template; the issuer accepts or rejects the request once. */
class AwardRequestTest {

    private static final IssuerId ISSUER = new IssuerId(1);
    private static final MemberId APPLICANT = new MemberId(31);
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);

    private final Template template = TestData.published(ISSUER);

    private AwardRequest applyWith(String message) {
        return AwardRequest.apply(new AwardRequestId(4), template, APPLICANT, message, Evidence.NONE, T0);
    }

    @Test
    void applying_for_a_published_template_makes_a_pending_request() {
        AwardRequest request = TestData.request(template, APPLICANT, T0);

        assertThat(request.isPending()).isTrue();
        assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
        assertThat(request.answeredAt()).isEmpty();
        assertThat(request.createdAt()).isEqualTo(T0);
    }

    @Test
    void a_request_is_for_the_template_of_its_issuer_by_the_applicant() {
        AwardRequest request = TestData.request(template, APPLICANT, T0);

        assertThat(request.template()).isEqualTo(template.id());
        assertThat(request.issuer()).isEqualTo(ISSUER);
        assertThat(request.applicant()).isEqualTo(APPLICANT);
    }

    @Test
    void a_request_keeps_its_evidence() {
        Evidence evidence = new Evidence("Photos of the cake", List.of());

        AwardRequest request = AwardRequest.apply(new AwardRequestId(4), template, APPLICANT, "", evidence, T0);

        assertThat(request.evidence()).isEqualTo(evidence);
    }

    @Test
    void applying_for_a_draft_is_refused() {
        Template draft = TestData.draft(ISSUER);

        assertRefused(() -> TestData.request(draft, APPLICANT, T0), ErrorCategory.RULE_VIOLATION,
                "template_not_published");
    }

    @Test
    void applying_for_a_template_pending_its_first_review_is_refused() {
        Template pending = TestData.pendingReview(ISSUER);

        assertRefused(() -> TestData.request(pending, APPLICANT, T0), ErrorCategory.RULE_VIOLATION,
                "template_not_published");
    }

    @Test
    void applying_while_a_new_version_waits_for_review_is_accepted() {
        Template edited = template.edit(TestData.details().build(), T1);

        assertThat(TestData.request(edited, APPLICANT, T2).isPending()).isTrue();
    }

    @Test
    void the_message_may_span_lines_and_is_trimmed() {
        assertThat(applyWith("  I baked it.\nTwice.  ").message()).isEqualTo("I baked it.\nTwice.");
    }

    @Test
    void an_absent_message_is_empty() {
        assertThat(applyWith(null).message()).isEmpty();
    }

    @Test
    void a_message_of_1000_characters_is_accepted() {
        assertThat(applyWith("m".repeat(AwardRequest.MAX_MESSAGE_LENGTH)).message()).hasSize(1000);
    }

    @Test
    void a_message_of_1001_characters_is_refused() {
        assertInvalid(() -> applyWith("m".repeat(1001)), "message", "message_too_long");
    }

    @Test
    void accepting_answers_the_request() {
        AwardRequest accepted = TestData.request(template, APPLICANT, T0).accept(T1);

        assertThat(accepted.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(accepted.answeredAt()).contains(T1);
        assertThat(accepted.rejectionReason()).isEmpty();
    }

    @Test
    void rejecting_answers_the_request_with_the_reason() {
        AwardRequest rejected = TestData.request(template, APPLICANT, T0).reject(" Not enough proof ", T1);

        assertThat(rejected.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(rejected.answeredAt()).contains(T1);
        assertThat(rejected.rejectionReason()).contains("Not enough proof");
    }

    @Test
    void rejecting_without_a_reason_keeps_none() {
        assertThat(TestData.request(template, APPLICANT, T0).reject(null, T1).rejectionReason()).isEmpty();
    }

    @Test
    void a_reason_of_500_characters_is_accepted() {
        assertThat(TestData.request(template, APPLICANT, T0).reject("r".repeat(AwardRequest.MAX_REASON_LENGTH), T1)
                .rejectionReason().orElseThrow()).hasSize(500);
    }

    @Test
    void a_reason_of_501_characters_is_refused() {
        AwardRequest request = TestData.request(template, APPLICANT, T0);

        assertInvalid(() -> request.reject("r".repeat(501), T1), "reason", "reason_too_long");
    }

    @Test
    void an_accepted_request_cannot_be_accepted_again() {
        AwardRequest accepted = TestData.request(template, APPLICANT, T0).accept(T1);

        assertRefused(() -> accepted.accept(T2), ErrorCategory.CONFLICT, "request_already_answered");
    }

    @Test
    void an_accepted_request_cannot_be_rejected() {
        AwardRequest accepted = TestData.request(template, APPLICANT, T0).accept(T1);

        assertRefused(() -> accepted.reject("No", T2), ErrorCategory.CONFLICT, "request_already_answered");
    }

    @Test
    void a_rejected_request_cannot_be_accepted() {
        AwardRequest rejected = TestData.request(template, APPLICANT, T0).reject("No", T1);

        assertRefused(() -> rejected.accept(T2), ErrorCategory.CONFLICT, "request_already_answered");
    }

    @Test
    void a_pending_request_has_no_answer_time() {
        assertThatIllegalArgumentException().isThrownBy(() -> AwardRequest.reconstitute(new AwardRequestId(4),
                template.id(), ISSUER, APPLICANT, "", Evidence.NONE, RequestStatus.PENDING, T0, Optional.of(T1),
                Optional.empty()));
    }

    @Test
    void an_answered_request_has_an_answer_time() {
        assertThatIllegalArgumentException().isThrownBy(() -> AwardRequest.reconstitute(new AwardRequestId(4),
                template.id(), ISSUER, APPLICANT, "", Evidence.NONE, RequestStatus.ACCEPTED, T0, Optional.empty(),
                Optional.empty()));
    }

    @Test
    void a_reconstituted_request_equals_the_one_that_was_stored() {
        AwardRequest request = TestData.request(template, APPLICANT, T0).reject("No", T1);

        AwardRequest loaded = AwardRequest.reconstitute(request.id(), request.template(), request.issuer(),
                request.applicant(), request.message(), request.evidence(), request.status(), request.createdAt(),
                request.answeredAt(), request.rejectionReason());

        assertThat(loaded).isEqualTo(request).hasSameHashCodeAs(request);
    }
}
