package dev.accolade.application.port.in.issuer;

import dev.accolade.domain.issuer.Issuer;

/** Finds a service, an issuer named by its slug; in the sandbox, the open {@code test} service always exists. */
public interface FindServiceUseCase {

    /** The issuer, or {@code issuer_not_found}. */
    Issuer findService(String service);
}
