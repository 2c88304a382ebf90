package dev.accolade.domain.common;

/** The rule every id shares: a positive whole number below 2^53, so JSON clients keep it exact. */
public final class Ids {

    /** The first number that is no longer a valid id. */
    public static final long LIMIT = 1L << 53;

    private Ids() {
    }

    /** The value itself when valid, otherwise {@code <attribute>_invalid}. */
    public static long check(long value, String attribute) {
        if (value <= 0 || value >= LIMIT) {
            throw Check.invalid(attribute, "must be a positive whole number below 2^53");
        }
        return value;
    }
}
