package dev.accolade.application.port.out.member;

import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.IdentityClaim;
import dev.accolade.domain.member.MemberId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores which member claims which identity; an identity is claimed once ({@code identity_already_claimed}). */
public interface IdentityClaimRepository {

    /** Adds a claim. */
    void insert(IdentityClaim claim);

    /** The claim on this identity. */
    Optional<IdentityClaim> findByIdentity(Identity identity);

    /** The claims on any of these identities, one query: identities nobody claimed are left out. */
    List<IdentityClaim> findByIdentities(Collection<Identity> identities);

    /** A member's claims, oldest first. */
    List<IdentityClaim> findByMember(MemberId member);
}
