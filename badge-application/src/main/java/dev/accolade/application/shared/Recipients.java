package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.member.IdentityClaimRepository;
import dev.accolade.application.port.out.member.MemberRepository;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.IdentityClaim;
import dev.accolade.domain.identity.MemberIdentity;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Resolves a recipient identity to the confirmed member holding it, if any. */
public final class Recipients {

    private final MemberRepository members;
    private final IdentityClaimRepository identityClaims;

    public Recipients(MemberRepository members, IdentityClaimRepository identityClaims) {
        this.members = requireNonNull(members, "members");
        this.identityClaims = requireNonNull(identityClaims, "identityClaims");
    }

    /**
     * The member an identity reaches now: whoever claimed it. A member id that names nobody is
     * {@code recipient_not_found}; one that names an unconfirmed member reaches it on confirmation.
     */
    public Optional<MemberId> holderOf(Identity identity) {
        Optional<MemberId> claimant = identityClaims.findByIdentity(identity).map(IdentityClaim::member);
        return claimant.isPresent() ? claimant : unclaimed(identity);
    }

    private Optional<MemberId> unclaimed(Identity identity) {
        if (identity instanceof MemberIdentity member) {
            members.findById(member.memberId()).orElseThrow(() -> DomainException.notFound(
                    "recipient_not_found", "No member has the id " + member.memberId() + "."));
        }
        return Optional.empty();
    }

    /**
     * The member each identity reaches now, as {@link #holderOf} would give it, with the claims read in one query;
     * in the identities' order, an identity given twice once.
     */
    public Map<Identity, Optional<MemberId>> holdersOf(Collection<Identity> identities) {
        Map<Identity, MemberId> claimed = new HashMap<>();
        identityClaims.findByIdentities(identities).forEach(claim -> claimed.put(claim.identity(), claim.member()));
        Map<Identity, Optional<MemberId>> holders = new LinkedHashMap<>();
        for (Identity identity : identities) {
            holders.computeIfAbsent(identity, key -> claimed.containsKey(key) ? Optional.of(claimed.get(key))
                    : unclaimed(key));
        }
        return holders;
    }

    /** The confirmed member holding an identity, if any. */
    public Optional<Member> confirmedMemberOf(Identity identity) {
        return identityClaims.findByIdentity(identity).flatMap(c -> members.findById(c.member()))
                .filter(Member::isConfirmed);
    }
}
