package dev.accolade.application.member;

import dev.accolade.domain.identity.IdentityClaim;

/** Links an external handle to a confirmed member and delivers what waits for that handle. */
public interface ClaimIdentityUseCase {

    /** The claim; {@code identity_already_claimed} when another member holds it. */
    IdentityClaim claimIdentity(ClaimIdentityCommand command);
}
