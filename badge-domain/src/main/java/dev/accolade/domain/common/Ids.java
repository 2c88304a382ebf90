package dev.accolade.domain.common;

import java.util.OptionalLong;

/** The rule every id shares: a positive whole number below 2^53, so JSON clients keep it exact. */
public final class Ids {

    /** The first number that is no longer a valid id. */
    public static final long LIMIT = 1L << 53;
    /** The most digits an id has. */
    private static final int MAX_DIGITS = 16;

    private Ids() {
    }

    /** The value itself when valid, otherwise {@code <attribute>_invalid}. */
    public static long check(long value, String attribute) {
        if (value <= 0 || value >= LIMIT) {
            throw Check.invalid(attribute, "must be a positive whole number below 2^53");
        }
        return value;
    }

    /** The id written in this text as plain decimal digits, or empty when the text writes none. */
    public static OptionalLong parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_DIGITS
                || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long value = Long.parseLong(text);
        return value <= 0 || value >= LIMIT ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
