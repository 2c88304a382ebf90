package dev.accolade.domain.common;

import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.FieldError;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The input rules every aggregate shares: presence, lengths in characters, single lines and bounded
 * lists. Each failure is an INVALID {@link DomainException} whose code is {@code <attribute>_<rule>}.
 */
public final class Check {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private Check() {
    }

    /** A present value, or {@code <attribute>_required}. */
    public static <T> T required(T value, String attribute) {
        if (value == null) {
            throw blank(attribute);
        }
        return value;
    }

    /** A trimmed, non-blank single line of at most {@code max} characters. */
    public static String line(String value, String attribute, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw blank(attribute);
        }
        maxLength(trimmed, attribute, max);
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) || isLineSeparator(c))) {
            throw invalid(attribute, "must be a single line without control characters");
        }
        return wellFormed(trimmed, attribute);
    }

    /** A trimmed single line of at most {@code max} characters, or empty when blank or absent. */
    public static Optional<String> optionalLine(String value, String attribute, int max) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(line(value, attribute, max));
    }

    /** Trimmed free text of at most {@code max} characters that may span lines; absent becomes empty. */
    public static String text(String value, String attribute, int max) {
        if (value == null) {
            return "";
        }
        String trimmed = value.strip();
        maxLength(trimmed, attribute, max);
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw invalid(attribute, "contains control characters");
        }
        return wellFormed(trimmed, attribute);
    }

    /**
     * Text that is well-formed Unicode: no half of a surrogate pair on its own, which no store can
     * keep as UTF-8.
     */
    public static String wellFormed(String value, String attribute) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pairStarts = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pairStarts) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw invalid(attribute, "is not well-formed Unicode");
            }
        }
        return value;
    }

    /**
     * An instant given from outside, to the microsecond (as every store keeps time), within the
     * years 1 to 9999 that every store can hold.
     */
    public static Instant instant(Instant value, String attribute) {
        required(value, attribute);
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw invalid(attribute, "must lie between the years 1 and 9999");
        }
        return value.truncatedTo(ChronoUnit.MICROS);
    }

    /** An immutable copy of a list with no nulls and at most {@code max} elements; absent becomes empty. */
    public static <T> List<T> list(Collection<T> values, String attribute, int max) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw invalid(attribute, "must not contain empty entries");
        }
        if (values.size() > max) {
            throw fail(attribute, "too_many", "has too many entries (maximum is " + max + ")");
        }
        return List.copyOf(values);
    }

    /** Like {@link #list} but dropping repeated elements while keeping the first order. */
    public static <T> List<T> distinctList(Collection<T> values, String attribute, int max) {
        List<T> checked = list(values, attribute, Integer.MAX_VALUE);
        return list(new ArrayList<>(new LinkedHashSet<>(checked)), attribute, max);
    }

    /** A number in {@code [min, max]}, not NaN. */
    public static double range(double value, String attribute, double min, double max) {
        if (Double.isNaN(value) || value < min || value > max) {
            throw fail(attribute, "out_of_range", "must be between " + min + " and " + max);
        }
        return value;
    }

    /** {@code <attribute>_required}: the value is missing or blank. */
    public static DomainException blank(String attribute) {
        return fail(attribute, "required", "can't be blank");
    }

    /** {@code <attribute>_invalid} with the reason in words. */
    public static DomainException invalid(String attribute, String reason) {
        return fail(attribute, "invalid", reason);
    }

    /** {@code <attribute>_too_long}: more than {@code max} characters. */
    public static DomainException tooLong(String attribute, int max) {
        return fail(attribute, "too_long", "is too long (maximum is " + max + " characters)");
    }

    /** {@code <attribute>_<rule>} with the rule in words. */
    public static DomainException fail(String attribute, String rule, String message) {
        return DomainException.invalid(new FieldError(attribute, attribute + "_" + rule, message));
    }

    /**
     * The length of a text in UTF-16 units, as Java, Jakarta {@code @Size} and the stores' VARCHAR
     * columns count it, so that every layer agrees where a limit falls.
     */
    public static int length(String value) {
        return value.length();
    }

    private static boolean isLineSeparator(int c) {
        int type = Character.getType(c);
        return type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static void maxLength(String value, String attribute, int max) {
        if (length(value) > max) {
            throw tooLong(attribute, max);
        }
    }
}
