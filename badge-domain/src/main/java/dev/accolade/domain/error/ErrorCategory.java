package dev.accolade.domain.error;

/** The kind of a broken rule; each adapter maps a category to its own wire format in one place. */
public enum ErrorCategory {
    /** The input is malformed or breaks a constraint. */
    INVALID,
    /** No valid credential was presented. */
    UNAUTHENTICATED,
    /** The caller is known but may not do this. */
    FORBIDDEN,
    /** The addressed thing does not exist, or the caller may not know that it does. */
    NOT_FOUND,
    /** The request collides with the current state, such as a taken name or a reused key. */
    CONFLICT,
    /** The request is well formed but a business rule forbids it in the current state. */
    RULE_VIOLATION,
    /** The caller sent too much too fast, or failed to sign in too often; it may try again later. */
    TOO_MANY_REQUESTS
}
