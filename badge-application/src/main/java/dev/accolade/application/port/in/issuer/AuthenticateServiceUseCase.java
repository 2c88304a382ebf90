package dev.accolade.application.port.in.issuer;

import dev.accolade.domain.issuer.Issuer;

/**
 * Tells whether a request may write to a service: by one of its API keys or its signing secret
 * sent as a key, by a fresh signature (within {@code ±300} seconds, never used before), or, in the
 * sandbox only, by nothing at all for the open {@code test} service.
 */
public interface AuthenticateServiceUseCase {

    /** The service's issuer; {@code invalid_credentials} for an unknown service and for every bad credential alike. */
    Issuer authenticateService(ServiceCredentials credentials);
}
