package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.IdentityClaim;
import dev.accolade.domain.member.MemberId;
import java.time.Instant;
import java.util.List;

/**
 * Records a member's claim to identities and delivers to it every offer and award that was waiting
 * for them. Runs inside the caller's transaction.
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
        store.offers().findUndelivered(identities).forEach(offer -> store.offers().update(offer.deliverTo(member)));
        store.awards().findUndelivered(identities).forEach(award -> store.awards().update(award.deliverTo(member)));
        return claims;
    }
}
