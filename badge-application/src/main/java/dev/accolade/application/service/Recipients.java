package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.IdentityClaim;
import dev.accolade.domain.identity.MemberIdentity;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import java.util.Optional;

/** Resolves a recipient identity to the confirmed member holding it, if any. */
final class Recipients {

    private final StorePorts store;

    Recipients(StorePorts store) {
        this.store = requireNonNull(store, "store");
    }

    /**
     * The member an identity reaches now: whoever claimed it. A member id that names nobody is
     * {@code recipient_not_found}; one that names an unconfirmed member reaches it on confirmation.
     */
    Optional<MemberId> holderOf(Identity identity) {
        Optional<MemberId> claimant = store.identityClaims().findByIdentity(identity).map(IdentityClaim::member);
        if (claimant.isPresent()) {
            return claimant;
        }
        if (identity instanceof MemberIdentity member) {
            store.members().findById(member.memberId()).orElseThrow(() -> DomainException.notFound(
                    "recipient_not_found", "No member has the id " + member.memberId() + "."));
        }
        return Optional.empty();
    }

    /** The confirmed member holding an identity, if any. */
    Optional<Member> confirmedMemberOf(Identity identity) {
        return store.identityClaims().findByIdentity(identity).flatMap(c -> store.members().findById(c.member()))
                .filter(Member::isConfirmed);
    }
}
