package dev.accolade.application.signing;

import dev.accolade.domain.issuer.Issuer;

/**
 * The issuer a request addresses by its slug; in the sandbox, the open {@code test} issuer always
 * exists, made on first use.
 */
public interface ResolveIssuerUseCase {

    /** The issuer, or {@code issuer_not_found}. */
    Issuer resolveIssuer(String slug);
}
