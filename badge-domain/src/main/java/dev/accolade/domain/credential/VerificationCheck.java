package dev.accolade.domain.credential;

import static java.util.Objects.requireNonNull;

/**
 * One check a verification made, and what it found.
 *
 * @param name a stable name, such as {@code proof} or {@code status}
 * @param passed whether it passed
 * @param detail what was found, in a sentence
 */
public record VerificationCheck(String name, boolean passed, String detail) {

    /** Checks both texts are present. */
    public VerificationCheck {
        requireNonNull(name, "name");
        requireNonNull(detail, "detail");
    }

    /** A check that passed. */
    public static VerificationCheck passed(String name, String detail) {
        return new VerificationCheck(name, true, detail);
    }

    /** A check that failed. */
    public static VerificationCheck failed(String name, String detail) {
        return new VerificationCheck(name, false, detail);
    }
}
