package dev.accolade.application.issuer;

import dev.accolade.domain.issuer.Issuer;

/** Creates an issuer with a unique slug. */
public interface CreateIssuerUseCase {

    /** The new issuer; {@code issuer_slug_taken} when the slug is in use. */
    Issuer createIssuer(CreateIssuerCommand command);
}
