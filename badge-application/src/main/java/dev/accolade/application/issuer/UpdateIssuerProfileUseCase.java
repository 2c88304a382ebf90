package dev.accolade.application.issuer;

import dev.accolade.domain.issuer.Issuer;

/** Replaces an issuer's public profile (web site, email, image, description), as Open Badges publishes it. */
public interface UpdateIssuerProfileUseCase {

    /** The issuer with its new profile; {@code issuer_not_found} for one the caller does not act for. */
    Issuer updateIssuerProfile(UpdateIssuerProfileCommand command);
}
