package dev.accolade.domain.award;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import java.time.Instant;
import java.util.Optional;

/**
 * The rules of giving a template: an award directly or an offer first, one live award per recipient
 * of a non-repeatable template, and what arrives when a member claims an identity that already holds
 * it. Pure: the caller loads what the rules look at and writes what they return.
 */
public final class GrantPolicy {

    private GrantPolicy() {
    }

    /** Whether the rules look at the recipient's live award and pending offer: only for non-repeatable terms. */
    public static boolean looksAtHoldings(AwardTerms terms) {
        return !terms.repeatable();
    }

    /**
     * What giving these terms does.
     *
     * @param terms what is given
     * @param acceptanceRequired whether the template's awards wait for the recipient's acceptance
     * @param callbackGiven whether the issuer asked to be called back when an offer is answered
     * @param held the recipient's live award of a non-repeatable template, if any
     * @param pending the recipient's pending offer of a non-repeatable template, if any
     */
    public static GrantDecision decide(AwardTerms terms, boolean acceptanceRequired, boolean callbackGiven,
            Optional<Award> held, Optional<Offer> pending) {
        if (callbackGiven && !acceptanceRequired) {
            throw callbackRefused();
        }
        if (!terms.repeatable() && held.isPresent()) {
            return new GrantDecision.AlreadyHeld(held.get());
        }
        if (!acceptanceRequired) {
            return new GrantDecision.AwardNow();
        }
        if (!terms.repeatable() && pending.isPresent()) {
            return new GrantDecision.AlreadyOffered(pending.get());
        }
        return new GrantDecision.OfferNow();
    }

    /** The refusal of a callback URL on a template awarded without acceptance. */
    public static RuntimeException callbackRefused() {
        return Check.invalid("callback_url", "applies only to templates whose awards need acceptance");
    }

    /**
     * A waiting award reaching the member who claimed its recipient identity: revoked as superseded
     * when the member already holds another live award of this non-repeatable template.
     *
     * @param heldAlready the member's other live award of the template, if any
     */
    public static Award deliver(Award award, MemberId member, Optional<Award> heldAlready, Instant now) {
        Award delivered = award.deliverTo(member);
        Optional<Award> other = heldAlready.filter(held -> !held.id().equals(award.id()))
                .filter(held -> !award.terms().repeatable() && award.isActive());
        return other.isEmpty() ? delivered : delivered.revoke(
                "Superseded: the member already holds this achievement as award " + other.get().id() + ".", now);
    }

    /**
     * A waiting offer reaching the member who claimed its recipient identity: cancelled when it is
     * pending, of a non-repeatable template, and the member already holds a live award of it.
     */
    public static Offer deliver(Offer offer, MemberId member, Optional<Award> heldAlready, Instant now) {
        Offer delivered = offer.deliverTo(member);
        boolean superseded = offer.isPending() && !offer.terms().repeatable() && heldAlready.isPresent();
        return superseded ? delivered.cancel(now) : delivered;
    }
}
