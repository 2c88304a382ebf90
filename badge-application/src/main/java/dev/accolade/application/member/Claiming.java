package dev.accolade.application.member;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.member.IdentityClaimRepository;
import dev.accolade.application.port.out.offer.OfferRepository;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.GrantPolicy;
import dev.accolade.domain.award.Granted;
import dev.accolade.domain.event.AwardRevoked;
import dev.accolade.domain.event.OfferAnswered;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.IdentityClaim;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records a member's claim to identities and delivers to it every offer and award that was waiting
 * for them. A non-repeatable template stays held once: a waiting award of one the member already
 * holds arrives revoked as superseded, and a waiting offer of one is cancelled. Runs inside the
 * caller's transaction.
 */
final class Claiming {

    private final EventPublisherPort events;
    private final IdentityClaimRepository identityClaims;
    private final OfferRepository offers;
    private final AwardRepository awards;

    Claiming(EventPublisherPort events, IdentityClaimRepository identityClaims, OfferRepository offers,
            AwardRepository awards) {
        this.events = requireNonNull(events, "events");
        this.identityClaims = requireNonNull(identityClaims, "identityClaims");
        this.offers = requireNonNull(offers, "offers");
        this.awards = requireNonNull(awards, "awards");
    }

    /** Claims the identities for the member and delivers what waited for them; returns the claims. */
    List<IdentityClaim> claim(MemberId member, List<Identity> identities, Instant now) {
        List<IdentityClaim> claims = identities.stream().map(identity -> new IdentityClaim(identity, member, now))
                .toList();
        claims.forEach(identityClaims::insert);
        awards.findUndelivered(identities).forEach(award -> deliver(award, member, now));
        offers.findUndelivered(identities).forEach(offer -> deliver(offer, member, now));
        return claims;
    }

    private void deliver(Award award, MemberId member, Instant now) {
        Award delivered = GrantPolicy.deliver(award, member, heldBy(member, award), now);
        if (award.isActive() && !delivered.isActive()) {
            events.publish(new AwardRevoked(delivered, now));
        }
        awards.update(delivered);
    }

    private void deliver(Offer offer, MemberId member, Instant now) {
        Offer delivered = GrantPolicy.deliver(offer, member, heldBy(member, offer), now);
        if (offer.isPending() && !delivered.isPending()) {
            events.publish(new OfferAnswered(delivered, now));
        }
        offers.update(delivered);
    }

    /** The member's live award of what was granted, when the rules look at it: for non-repeatable templates. */
    private Optional<Award> heldBy(MemberId member, Granted granted) {
        return GrantPolicy.looksAtHoldings(granted.terms())
                ? awards.findActive(granted.template(), granted.recipient(), Optional.of(member))
                : Optional.empty();
    }
}
