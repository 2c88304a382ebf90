package dev.accolade.domain.award;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferStatus;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GrantPolicyTest {

    private static final IssuerId ISSUER = new IssuerId(1);
    private static final Identity RECIPIENT = Identity.email("ada@example.org");
    private static final MemberId MEMBER = new MemberId(7);
    private static final Instant T1 = T0.plusSeconds(60);

    private final Template once = TestData.published(ISSUER);
    private final Template repeatable = TestData.published(ISSUER, TestData.details().repeatable(true).build());
    private final AwardTerms onceTerms = AwardTerms.of(once);
    private final AwardTerms repeatableTerms = AwardTerms.of(repeatable);

    @Test
    void a_template_without_acceptance_is_awarded_now() {
        assertThat(GrantPolicy.decide(onceTerms, false, false, Optional.empty(), Optional.empty()))
                .isInstanceOf(GrantDecision.AwardNow.class);
    }

    @Test
    void a_template_that_needs_acceptance_is_offered() {
        assertThat(GrantPolicy.decide(onceTerms, true, true, Optional.empty(), Optional.empty()))
                .isInstanceOf(GrantDecision.OfferNow.class);
    }

    @Test
    void a_recipient_holding_a_non_repeatable_template_gets_nothing_new_either_way() {
        Award held = TestData.award(once, RECIPIENT);

        assertThat(GrantPolicy.decide(onceTerms, false, false, Optional.of(held), Optional.empty()))
                .isEqualTo(new GrantDecision.AlreadyHeld(held));
        assertThat(GrantPolicy.decide(onceTerms, true, false, Optional.of(held), Optional.empty()))
                .isEqualTo(new GrantDecision.AlreadyHeld(held));
    }

    @Test
    void a_pending_offer_of_a_non_repeatable_template_is_the_answer_to_a_second_one() {
        Offer pending = TestData.offer(once, RECIPIENT, Optional.empty(), T0);

        assertThat(GrantPolicy.decide(onceTerms, true, false, Optional.empty(), Optional.of(pending)))
                .isEqualTo(new GrantDecision.AlreadyOffered(pending));
    }

    @Test
    void a_repeatable_template_is_given_again_whatever_the_recipient_holds() {
        Award held = TestData.award(repeatable, RECIPIENT);
        Offer pending = TestData.offer(repeatable, RECIPIENT, Optional.empty(), T0);

        assertThat(GrantPolicy.looksAtHoldings(repeatableTerms)).isFalse();
        assertThat(GrantPolicy.decide(repeatableTerms, false, false, Optional.of(held), Optional.empty()))
                .isInstanceOf(GrantDecision.AwardNow.class);
        assertThat(GrantPolicy.decide(repeatableTerms, true, false, Optional.empty(), Optional.of(pending)))
                .isInstanceOf(GrantDecision.OfferNow.class);
    }

    @Test
    void a_callback_is_refused_on_a_template_awarded_without_acceptance() {
        assertInvalid(() -> GrantPolicy.decide(onceTerms, false, true, Optional.empty(), Optional.empty()),
                "callback_url", "callback_url_invalid");
    }

    @Test
    void a_waiting_award_of_a_template_the_member_already_holds_arrives_revoked_as_superseded() {
        Award waiting = TestData.award(once, RECIPIENT);
        Award other = TestData.award(once, Identity.member(MEMBER), Optional.of(MEMBER), T0);

        Award delivered = GrantPolicy.deliver(waiting, MEMBER, Optional.of(other), T1);

        assertThat(delivered.holder()).contains(MEMBER);
        assertThat(delivered.isActive()).isFalse();
        assertThat(delivered.revocation().orElseThrow().reason()).contains("award " + other.id());
    }

    @Test
    void a_waiting_award_arrives_live_when_the_member_holds_nothing_else_of_it() {
        Award waiting = TestData.award(once, RECIPIENT);

        assertThat(GrantPolicy.deliver(waiting, MEMBER, Optional.empty(), T1).isActive()).isTrue();
        assertThat(GrantPolicy.deliver(waiting, MEMBER, Optional.of(waiting), T1).isActive())
                .as("the award itself is no other holding").isTrue();
    }

    @Test
    void a_waiting_offer_of_a_template_the_member_already_holds_is_cancelled_and_others_arrive_pending() {
        Offer waiting = TestData.offer(once, RECIPIENT, Optional.empty(), T0);
        Award held = TestData.award(once, Identity.member(MEMBER), Optional.of(MEMBER), T0);

        assertThat(GrantPolicy.deliver(waiting, MEMBER, Optional.of(held), T1).status())
                .isEqualTo(OfferStatus.CANCELLED);
        assertThat(GrantPolicy.deliver(waiting, MEMBER, Optional.empty(), T1).status())
                .isEqualTo(OfferStatus.PENDING);
    }

    @Test
    void an_award_and_the_offer_it_came_from_share_one_grant() {
        Offer offer = TestData.offer(once, RECIPIENT, Optional.of(MEMBER), T0).accept(MEMBER, T1);

        Award award = Award.grant(new AwardId(99), offer.grant(), new AwardSource.FromOffer(offer.id()), T1,
                TestData.credential());

        assertThat(award.grant()).isEqualTo(offer.grant());
        assertThat(award.recipient()).isEqualTo(offer.recipient());
        assertThat(award.holder()).isEqualTo(offer.holder());
    }
}
