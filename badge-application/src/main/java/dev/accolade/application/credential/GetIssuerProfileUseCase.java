package dev.accolade.application.credential;

import dev.accolade.domain.issuer.IssuerSlug;

/** Reads what verifiers need of an issuer: its profiles, its public keys and its status lists. */
public interface GetIssuerProfileUseCase {

    /** The issuer's profile for an Open Badges version; {@code issuer_not_found}. */
    PublicDocument issuerProfile(IssuerSlug issuer, ProfileVersion version);

    /** One of the issuer's RSA public keys as a JWK, retired ones too; {@code key_not_found}. */
    PublicDocument issuerJwk(IssuerSlug issuer, String keyName);

    /** One of the issuer's status lists, signed and current; {@code status_list_not_found}. */
    PublicDocument statusList(IssuerSlug issuer, long list);
}
