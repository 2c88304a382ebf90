package dev.accolade.application.port.in;

import dev.accolade.domain.error.DomainException;

/** The one answer to every wrong credential, so that none tells which part was wrong. */
public final class InvalidCredentials {

    /** The code of the refusal. */
    public static final String CODE = "invalid_credentials";

    private InvalidCredentials() {
    }

    /** The refusal: {@code invalid_credentials}, UNAUTHENTICATED. */
    public static DomainException refusal() {
        return DomainException.unauthenticated(CODE, "The credentials are not valid.");
    }

    /** Whether a failure is this refusal. */
    public static boolean is(DomainException failure) {
        return CODE.equals(failure.code());
    }
}
