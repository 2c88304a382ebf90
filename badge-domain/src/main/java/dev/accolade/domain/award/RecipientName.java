package dev.accolade.domain.award;

import dev.accolade.domain.common.Check;
import java.util.Optional;

/**
 * The name an issuer gave the recipient of an award or offer, for display only: it identifies no one.
 *
 * @param first the first name, a single line of at most {@value #MAX_LENGTH} characters
 * @param last the last name, a single line of at most {@value #MAX_LENGTH} characters
 */
public record RecipientName(String first, String last) {

    /** The longest first or last name accepted. */
    public static final int MAX_LENGTH = 50;

    /** Checks and trims both parts: {@code first_name_*} and {@code last_name_*} failures. */
    public RecipientName {
        first = Check.line(first, "first_name", MAX_LENGTH);
        last = Check.line(last, "last_name", MAX_LENGTH);
    }

    /** No name when both parts are absent or blank; a name otherwise, which then needs both parts. */
    public static Optional<RecipientName> of(String first, String last) {
        if (isBlank(first) && isBlank(last)) {
            return Optional.empty();
        }
        return Optional.of(new RecipientName(first, last));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
