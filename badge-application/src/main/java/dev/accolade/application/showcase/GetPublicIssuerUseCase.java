package dev.accolade.application.showcase;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerSlug;

/** Reads an issuer as its public page shows it. */
public interface GetPublicIssuerUseCase {

    /** The issuer with this slug, its published templates and recent awards, or {@code issuer_not_found}. */
    PublicIssuer publicIssuer(Actor viewer, IssuerSlug slug);
}
