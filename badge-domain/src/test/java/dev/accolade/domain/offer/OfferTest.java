package dev.accolade.domain.offer;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static dev.accolade.domain.testdata.DomainAssertions.assertRefused;
import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.accolade.domain.award.AwardTerms;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.award.RecipientName;
import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An offer waits for the member holding its recipient identity, and is answered once. */
class OfferTest {

    private static final IssuerId ISSUER = new IssuerId(1);
    private static final Identity RECIPIENT = Identity.email("ada@example.org");
    private static final MemberId HOLDER = new MemberId(21);
    private static final MemberId STRANGER = new MemberId(22);
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);

    private final Template template = TestData.published(ISSUER);
    private final Template repeatable = TestData.published(ISSUER, TestData.details().repeatable(true).build());

    private Offer offerTo(Optional<MemberId> holder) {
        return TestData.offer(template, RECIPIENT, holder, T0);
    }

    private Offer offerExpiring(Instant expiry) {
        return Offer.make(new OfferId(9), new Grant(AwardTerms.of(template), RECIPIENT, Optional.empty(),
                Optional.of(HOLDER), Evidence.NONE, Optional.of(expiry)), Optional.empty(), T0);
    }

    @Test
    void a_new_offer_is_pending() {
        Offer offer = offerTo(Optional.of(HOLDER));

        assertThat(offer.isPending()).isTrue();
        assertThat(offer.status()).isEqualTo(OfferStatus.PENDING);
        assertThat(offer.answeredAt()).isEmpty();
        assertThat(offer.createdAt()).isEqualTo(T0);
    }

    @Test
    void a_recipient_name_stays_through_delivery_and_an_answer() {
        RecipientName name = new RecipientName("Ada", "Lovelace");
        Offer offer = Offer.make(new OfferId(9), new Grant(AwardTerms.of(template), RECIPIENT, Optional.of(name),
                Optional.empty(), Evidence.NONE, Optional.empty()), Optional.empty(), T0);

        assertThat(offer.recipientName()).contains(name);
        assertThat(offer.deliverTo(HOLDER).accept(HOLDER, T1).recipientName()).contains(name);
        assertThat(offer.cancel(T1).recipientView().recipientName()).contains(name);
    }

    @Test
    void an_offer_is_of_the_template_and_its_issuer() {
        Offer offer = offerTo(Optional.of(HOLDER));

        assertThat(offer.template()).isEqualTo(template.id());
        assertThat(offer.issuer()).isEqualTo(ISSUER);
        assertThat(offer.recipient()).isEqualTo(RECIPIENT);
    }

    @Test
    void an_offer_keeps_its_callback() {
        OfferCallback callback = new OfferCallback(new WebUrl("https://example.org/cb"), "a".repeat(32));

        Offer offer = Offer.make(new OfferId(9), new Grant(AwardTerms.of(template), RECIPIENT, Optional.empty(),
                Optional.empty(), Evidence.NONE, Optional.empty()), Optional.of(callback), T0);

        assertThat(offer.callback()).contains(callback);
    }

    @Test
    void an_expiry_in_the_future_is_kept() {
        assertThat(offerExpiring(T1).expiresAt()).contains(T1);
    }

    @Test
    void an_expiry_now_is_refused() {
        assertInvalid(() -> offerExpiring(T0), "expires_at", "expires_at_invalid");
    }

    @Test
    void an_expiry_in_the_past_is_refused() {
        assertInvalid(() -> offerExpiring(T0.minusSeconds(1)), "expires_at", "expires_at_invalid");
    }

    @Test
    void the_recipient_is_required() {
        AwardTerms terms = AwardTerms.of(template);

        assertInvalid(() -> Offer.make(new OfferId(9), new Grant(terms, null, Optional.empty(), Optional.empty(),
                Evidence.NONE, Optional.empty()), Optional.empty(), T0), "recipient", "recipient_required");
    }

    @Test
    void the_holder_accepts_the_offer() {
        Offer accepted = offerTo(Optional.of(HOLDER)).accept(HOLDER, T1);

        assertThat(accepted.status()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(accepted.answeredAt()).contains(T1);
        assertThat(accepted.isPending()).isFalse();
    }

    @Test
    void the_holder_rejects_the_offer() {
        Offer rejected = offerTo(Optional.of(HOLDER)).reject(HOLDER, T1);

        assertThat(rejected.status()).isEqualTo(OfferStatus.REJECTED);
        assertThat(rejected.answeredAt()).contains(T1);
    }

    @Test
    void another_member_cannot_accept_the_offer() {
        Offer offer = offerTo(Optional.of(HOLDER));

        assertRefused(() -> offer.accept(STRANGER, T1), ErrorCategory.FORBIDDEN, "offer_not_addressed_to_member");
    }

    @Test
    void another_member_cannot_reject_the_offer() {
        Offer offer = offerTo(Optional.of(HOLDER));

        assertRefused(() -> offer.reject(STRANGER, T1), ErrorCategory.FORBIDDEN, "offer_not_addressed_to_member");
    }

    @Test
    void nobody_can_answer_an_offer_that_reached_no_member_yet() {
        Offer offer = offerTo(Optional.empty());

        assertRefused(() -> offer.accept(HOLDER, T1), ErrorCategory.FORBIDDEN, "offer_not_addressed_to_member");
    }

    @Test
    void an_accepted_offer_cannot_be_accepted_again() {
        Offer accepted = offerTo(Optional.of(HOLDER)).accept(HOLDER, T1);

        assertRefused(() -> accepted.accept(HOLDER, T2), ErrorCategory.CONFLICT, "offer_already_answered");
    }

    @Test
    void an_accepted_offer_cannot_be_rejected() {
        Offer accepted = offerTo(Optional.of(HOLDER)).accept(HOLDER, T1);

        assertRefused(() -> accepted.reject(HOLDER, T2), ErrorCategory.CONFLICT, "offer_already_answered");
    }

    @Test
    void a_rejected_offer_cannot_be_accepted() {
        Offer rejected = offerTo(Optional.of(HOLDER)).reject(HOLDER, T1);
        DomainException refusal = assertRefused(() -> rejected.accept(HOLDER, T2), ErrorCategory.CONFLICT,
                "offer_already_answered");

        assertThat(refusal).hasMessage("The offer was already rejected.");
    }

    @Test
    void the_issuer_cancels_a_pending_offer() {
        Offer cancelled = offerTo(Optional.empty()).cancel(T1);

        assertThat(cancelled.status()).isEqualTo(OfferStatus.CANCELLED);
        assertThat(cancelled.answeredAt()).contains(T1);
    }

    @Test
    void a_cancelled_offer_cannot_be_accepted() {
        Offer cancelled = offerTo(Optional.of(HOLDER)).cancel(T1);

        assertRefused(() -> cancelled.accept(HOLDER, T2), ErrorCategory.CONFLICT, "offer_already_answered");
    }

    @Test
    void a_cancelled_offer_cannot_be_cancelled_again() {
        Offer cancelled = offerTo(Optional.of(HOLDER)).cancel(T1);

        assertRefused(() -> cancelled.cancel(T2), ErrorCategory.CONFLICT, "offer_already_answered");
    }

    @Test
    void an_answered_offer_cannot_be_cancelled() {
        Offer accepted = offerTo(Optional.of(HOLDER)).accept(HOLDER, T1);

        assertRefused(() -> accepted.cancel(T2), ErrorCategory.CONFLICT, "offer_already_answered");
    }

    @Test
    void an_offer_reaches_the_member_who_claims_its_recipient() {
        assertThat(offerTo(Optional.empty()).deliverTo(HOLDER).holder()).contains(HOLDER);
    }

    @Test
    void a_delivered_offer_can_be_accepted_by_that_member() {
        Offer accepted = offerTo(Optional.empty()).deliverTo(HOLDER).accept(HOLDER, T1);

        assertThat(accepted.status()).isEqualTo(OfferStatus.ACCEPTED);
    }

    @Test
    void delivering_again_to_the_same_member_changes_nothing() {
        Offer offer = offerTo(Optional.of(HOLDER));

        assertThat(offer.deliverTo(HOLDER)).isEqualTo(offer);
    }

    @Test
    void an_offer_held_by_one_member_cannot_reach_another() {
        Offer offer = offerTo(Optional.of(HOLDER));

        assertThatIllegalStateException().isThrownBy(() -> offer.deliverTo(STRANGER));
    }

    @Test
    void a_pending_offer_of_a_non_repeatable_template_is_exclusive_per_recipient() {
        assertThat(offerTo(Optional.empty()).exclusivityKey())
                .contains(template.id().value() + "/email:ada@example.org");
    }

    @Test
    void an_offer_of_a_repeatable_template_is_not_exclusive() {
        assertThat(TestData.offer(repeatable, RECIPIENT, Optional.empty(), T0).exclusivityKey()).isEmpty();
    }

    @Test
    void an_answered_offer_is_no_longer_exclusive() {
        assertThat(offerTo(Optional.empty()).cancel(T1).exclusivityKey()).isEmpty();
    }

    @Test
    void a_pending_offer_has_no_answer_time() {
        Offer offer = offerTo(Optional.empty());

        assertThatIllegalArgumentException().isThrownBy(() -> Offer.reconstitute(offer.id(), new Grant(offer.terms(),
                RECIPIENT, Optional.empty(), Optional.empty(), Evidence.NONE, Optional.empty()), OfferStatus.PENDING,
                Optional.empty(), T0, Optional.of(T1)));
    }

    @Test
    void an_answered_offer_has_an_answer_time() {
        Offer offer = offerTo(Optional.empty());

        assertThatIllegalArgumentException().isThrownBy(() -> Offer.reconstitute(offer.id(), new Grant(offer.terms(),
                RECIPIENT, Optional.empty(), Optional.empty(), Evidence.NONE, Optional.empty()), OfferStatus.CANCELLED,
                Optional.empty(), T0, Optional.empty()));
    }

    @Test
    void a_reconstituted_offer_equals_the_one_that_was_stored() {
        Offer offer = offerTo(Optional.of(HOLDER)).accept(HOLDER, T1);

        Offer loaded = Offer.reconstitute(offer.id(), new Grant(offer.terms(), offer.recipient(),
                offer.recipientName(), offer.holder(), offer.evidence(), offer.expiresAt()), offer.status(),
                offer.callback(), offer.createdAt(), offer.answeredAt());

        assertThat(loaded).isEqualTo(offer).hasSameHashCodeAs(offer);
    }

    @Test
    void an_offer_whose_award_expired_can_no_longer_be_accepted_but_still_rejected() {
        Offer offer = offerExpiring(T1);

        assertRefused(() -> offer.accept(HOLDER, T1), ErrorCategory.RULE_VIOLATION, "offer_expired");
        assertThat(offer.accept(HOLDER, T1.minusNanos(1000)).status()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(offer.reject(HOLDER, T2).status()).isEqualTo(OfferStatus.REJECTED);
    }

    @Test
    void the_recipient_sees_the_offer_without_its_callback() {
        OfferCallback callback = new OfferCallback(new WebUrl("https://example.org/cb"), "a".repeat(32));
        Offer offer = Offer.make(new OfferId(9), new Grant(AwardTerms.of(template), RECIPIENT, Optional.empty(),
                Optional.of(HOLDER), Evidence.NONE, Optional.empty()), Optional.of(callback), T0);

        Offer seen = offer.recipientView();

        assertThat(seen.callback()).isEmpty();
        assertThat(seen.id()).isEqualTo(offer.id());
        assertThat(seen.status()).isEqualTo(offer.status());
        assertThat(seen.holder()).isEqualTo(offer.holder());
    }

    @Test
    void an_expiry_is_kept_to_the_microsecond_and_refused_after_the_year_9999() {
        assertThat(offerExpiring(T1.plusNanos(999)).expiresAt()).contains(T1);
        assertInvalid(() -> offerExpiring(Instant.parse("+10000-01-01T00:00:00Z")), "expires_at",
                "expires_at_invalid");
    }
}
