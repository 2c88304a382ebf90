package dev.accolade.application.issuer;

import dev.accolade.domain.issuer.Issuer;

/**
 * Reads an issuer for one who acts for it; to anyone else it is {@code issuer_not_found}, so that
 * nobody learns which issuers exist.
 */
public interface GetManagedIssuerUseCase {

    /** The issuer, or {@code issuer_not_found}; {@code authentication_required} for nobody signed in. */
    Issuer getManagedIssuer(ManagedIssuerQuery query);
}
