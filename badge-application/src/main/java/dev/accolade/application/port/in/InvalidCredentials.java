package dev.accolade.application.port.in;

import dev.accolade.domain.error.DomainException;

/** The one answer to every wrong credential, so that none tells which part was wrong. */
public final class InvalidCredentials {

    private InvalidCredentials() {
    }

    /** The refusal: {@code invalid_credentials}, UNAUTHENTICATED. */
    public static DomainException refusal() {
        return DomainException.unauthenticated("invalid_credentials", "The credentials are not valid.");
    }
}
