package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.award.Award;
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

    private final StorePorts store;

    Claiming(StorePorts store) {
        this.store = requireNonNull(store, "store");
    }

    /** Claims the identities for the member and delivers what waited for them; returns the claims. */
    List<IdentityClaim> claim(MemberId member, List<Identity> identities, Instant now) {
        List<IdentityClaim> claims = identities.stream().map(identity -> new IdentityClaim(identity, member, now))
                .toList();
        claims.forEach(store.identityClaims()::insert);
        store.awards().findUndelivered(identities).forEach(award -> deliver(award, member, now));
        store.offers().findUndelivered(identities).forEach(offer -> deliver(offer, member, now));
        return claims;
    }

    private void deliver(Award award, MemberId member, Instant now) {
        Award delivered = award.deliverTo(member);
        Optional<Award> held = heldAlready(award, member);
        if (held.isPresent()) {
            delivered = delivered.revoke("Superseded: the member already holds this achievement as award "
                    + held.get().id() + ".", now);
            store.events().publish(new AwardRevoked(delivered, now));
        }
        store.awards().update(delivered);
    }

    private void deliver(Offer offer, MemberId member, Instant now) {
        Offer delivered = offer.deliverTo(member);
        if (offer.isPending() && !offer.terms().repeatable()
                && store.awards().findActive(offer.template(), offer.recipient(), Optional.of(member)).isPresent()) {
            delivered = delivered.cancel(now);
            store.events().publish(new OfferAnswered(delivered, now));
        }
        store.offers().update(delivered);
    }

    private Optional<Award> heldAlready(Award award, MemberId member) {
        if (award.terms().repeatable() || !award.isActive()) {
            return Optional.empty();
        }
        return store.awards().findActive(award.template(), award.recipient(), Optional.of(member))
                .filter(other -> !other.id().equals(award.id()));
    }
}
