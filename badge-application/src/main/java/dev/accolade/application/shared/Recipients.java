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
        if (claimant.isPresent()) {
            return claimant;
        }
        if (identity instanceof MemberIdentity member) {
            members.findById(member.memberId()).orElseThrow(() -> DomainException.notFound(
                    "recipient_not_found", "No member has the id " + member.memberId() + "."));
        }
        return Optional.empty();
    }

    /** The confirmed member holding an identity, if any. */
    public Optional<Member> confirmedMemberOf(Identity identity) {
        return identityClaims.findByIdentity(identity).flatMap(c -> members.findById(c.member()))
                .filter(Member::isConfirmed);
    }
}
