package dev.accolade.application.issuer;

import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerSlug;

/** Reads an issuer's public facts by id or slug. */
public interface GetIssuerUseCase {

    /** The issuer, or {@code issuer_not_found}. */
    Issuer getIssuer(IssuerId id);

    /** The issuer with this slug, or {@code issuer_not_found}. */
    Issuer getIssuerBySlug(IssuerSlug slug);
}
