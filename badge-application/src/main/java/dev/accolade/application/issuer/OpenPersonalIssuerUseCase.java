package dev.accolade.application.issuer;

import dev.accolade.domain.issuer.Issuer;

/**
 * Gives a member its personal issuer: the oldest issuer it owns, or, when it owns none, a new one
 * with the slug {@code member-<id>} and the member's name.
 */
public interface OpenPersonalIssuerUseCase {

    /** The personal issuer; {@code member_not_found} for an unknown member or someone else's. */
    Issuer openPersonalIssuer(PersonalIssuerCommand command);
}
