package dev.accolade.domain.award;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static dev.accolade.domain.testdata.DomainAssertions.assertRefused;
import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An award is granted, seen, delivered to the member holding its recipient, and revoked once. */
class AwardTest {

    private static final IssuerId ISSUER = new IssuerId(1);
    private static final Identity RECIPIENT = Identity.handle("minecraft:survival", "gumptionthomas");
    private static final MemberId HOLDER = new MemberId(41);
    private static final MemberId STRANGER = new MemberId(42);
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);

    private final Template template = TestData.published(ISSUER);

    private Award grantExpiring(Instant expiry) {
        return Award.grant(new AwardId(8), new Grant(AwardTerms.of(template), RECIPIENT, Optional.empty(),
                Optional.of(HOLDER), Evidence.NONE, Optional.of(expiry)), new AwardSource.Direct(), T0,
                TestData.credential());
    }

    @Test
    void a_granted_award_keeps_how_and_when_it_was_made() {
        AwardSource source = new AwardSource.FromOffer(new OfferId(3));

        Award award = Award.grant(new AwardId(8), new Grant(AwardTerms.of(template), RECIPIENT, Optional.empty(),
                Optional.of(HOLDER), Evidence.NONE, Optional.empty()), source, T0, TestData.credential());

        assertThat(award.source()).isEqualTo(source);
        assertThat(award.awardedAt()).isEqualTo(T0);
        assertThat(award.holder()).contains(HOLDER);
        assertThat(award.recipient()).isEqualTo(RECIPIENT);
    }

    @Test
    void a_recipient_name_stays_through_delivery_viewing_and_revocation() {
        RecipientName name = new RecipientName("Thomas", "Gumption");
        Award award = Award.grant(new AwardId(8), new Grant(AwardTerms.of(template), RECIPIENT, Optional.of(name),
                Optional.empty(), Evidence.NONE, Optional.empty()), new AwardSource.Direct(), T0,
                TestData.credential());

        Award changed = award.deliverTo(HOLDER).markViewed(T1).revoke("Cheated", T2);

        assertThat(award.recipientName()).contains(name);
        assertThat(changed.recipientName()).contains(name);
        assertThat(changed).isNotEqualTo(Award.reconstitute(changed.id(), new Grant(changed.terms(),
                changed.recipient(), Optional.empty(), changed.holder(), changed.evidence(), changed.expiresAt()),
                changed.awardedAt(), changed.source(), changed.viewedAt(), changed.revocation(), changed.credential()));
    }

    @Test
    void an_award_is_of_the_template_and_its_issuer() {
        Award award = TestData.award(template, RECIPIENT);

        assertThat(award.template()).isEqualTo(template.id());
        assertThat(award.issuer()).isEqualTo(ISSUER);
    }

    @Test
    void a_granted_award_is_new_and_active() {
        Award award = TestData.award(template, RECIPIENT);

        assertThat(award.isNew()).isTrue();
        assertThat(award.isActive()).isTrue();
        assertThat(award.viewedAt()).isEmpty();
        assertThat(award.revocation()).isEmpty();
    }

    @Test
    void an_expiry_in_the_future_is_kept() {
        assertThat(grantExpiring(T1).expiresAt()).contains(T1);
    }

    @Test
    void an_expiry_at_the_award_time_is_refused() {
        assertInvalid(() -> grantExpiring(T0), "expires_at", "expires_at_invalid");
    }

    @Test
    void an_expiry_in_the_past_is_refused() {
        assertInvalid(() -> grantExpiring(T0.minusSeconds(1)), "expires_at", "expires_at_invalid");
    }

    @Test
    void the_recipient_is_required() {
        AwardTerms terms = AwardTerms.of(template);

        assertInvalid(() -> Award.grant(new AwardId(8), new Grant(terms, null, Optional.empty(), Optional.empty(),
                Evidence.NONE, Optional.empty()), new AwardSource.Direct(), T0, TestData.credential()), "recipient",
                "recipient_required");
    }

    @Test
    void viewing_an_award_makes_it_no_longer_new() {
        Award viewed = TestData.award(template, RECIPIENT).markViewed(T1);

        assertThat(viewed.isNew()).isFalse();
        assertThat(viewed.viewedAt()).contains(T1);
    }

    @Test
    void viewing_again_keeps_the_first_viewing_time() {
        Award viewed = TestData.award(template, RECIPIENT).markViewed(T1);

        assertThat(viewed.markViewed(T2)).isSameAs(viewed);
    }

    @Test
    void revoking_keeps_the_reason_and_time() {
        Award revoked = TestData.award(template, RECIPIENT).revoke("Cheated", T1);

        assertThat(revoked.isActive()).isFalse();
        assertThat(revoked.revocation()).contains(new Revocation("Cheated", T1));
    }

    @Test
    void an_award_is_revoked_only_once() {
        Award revoked = TestData.award(template, RECIPIENT).revoke("Cheated", T1);

        assertRefused(() -> revoked.revoke("Again", T2), ErrorCategory.CONFLICT, "award_already_revoked");
    }

    @Test
    void revoking_needs_a_reason() {
        Award award = TestData.award(template, RECIPIENT);

        assertInvalid(() -> award.revoke(" ", T1), "reason", "reason_required");
    }

    @Test
    void a_revocation_reason_of_501_characters_is_refused() {
        Award award = TestData.award(template, RECIPIENT);

        assertInvalid(() -> award.revoke("r".repeat(501), T1), "reason", "reason_too_long");
    }

    @Test
    void an_award_reaches_the_member_who_claims_its_recipient() {
        assertThat(TestData.award(template, RECIPIENT).deliverTo(HOLDER).holder()).contains(HOLDER);
    }

    @Test
    void delivering_again_to_the_same_member_changes_nothing() {
        Award award = TestData.award(template, RECIPIENT, Optional.of(HOLDER), T0);

        assertThat(award.deliverTo(HOLDER)).isEqualTo(award);
    }

    @Test
    void an_award_held_by_one_member_cannot_reach_another() {
        Award award = TestData.award(template, RECIPIENT, Optional.of(HOLDER), T0);

        assertThatIllegalStateException().isThrownBy(() -> award.deliverTo(STRANGER));
    }

    @Test
    void an_active_award_of_a_non_repeatable_template_is_exclusive_per_recipient() {
        assertThat(TestData.award(template, RECIPIENT).exclusivityKey())
                .contains(template.id().value() + "/handle:minecraft:survival/gumptionthomas");
    }

    @Test
    void an_award_of_a_repeatable_template_is_not_exclusive() {
        Template repeatable = TestData.published(ISSUER, TestData.details().repeatable(true).build());

        assertThat(TestData.award(repeatable, RECIPIENT).exclusivityKey()).isEmpty();
    }

    @Test
    void a_revoked_award_is_no_longer_exclusive() {
        assertThat(TestData.award(template, RECIPIENT).revoke("Cheated", T1).exclusivityKey()).isEmpty();
    }

    @Test
    void a_reconstituted_award_equals_the_one_that_was_stored() {
        Award award = TestData.award(template, RECIPIENT).deliverTo(HOLDER).markViewed(T1).revoke("Cheated", T2);

        Award loaded = Award.reconstitute(award.id(), new Grant(award.terms(), award.recipient(),
                award.recipientName(), award.holder(), award.evidence(), award.expiresAt()), award.awardedAt(),
                award.source(), award.viewedAt(), award.revocation(), award.credential());

        assertThat(loaded).isEqualTo(award).hasSameHashCodeAs(award);
    }

    @Test
    void an_expiry_is_kept_to_the_microsecond_as_every_store_keeps_it() {
        assertThat(grantExpiring(T1.plusNanos(1_234_567)).expiresAt()).contains(T1.plusNanos(1_234_000));
    }

    @Test
    void an_expiry_after_the_year_9999_is_refused() {
        assertInvalid(() -> grantExpiring(Instant.parse("+300000-01-01T00:00:00Z")), "expires_at",
                "expires_at_invalid");
    }
}
