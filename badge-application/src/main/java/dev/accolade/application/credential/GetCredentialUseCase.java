package dev.accolade.application.credential;

import dev.accolade.domain.common.PublicId;

/**
 * Reads an award's Open Badges 3.0 credential, signed by its issuer's key (made on first use); a
 * revoked award's credential is still served, and its status list says it is revoked.
 */
public interface GetCredentialUseCase {

    /** The credential, secured as asked; {@code credential_not_found}. */
    PublicDocument credential(PublicId award, CredentialFormat format);
}
