package dev.accolade.domain.template;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The open-ended fields a template carries besides its own, such as {@code link} or {@code type}:
 * at most 32, named {@code [A-Za-z][A-Za-z0-9_]*} (at most 64 characters), never a reserved name,
 * with values at most 5 levels deep, 500 values and 2000 characters per text in all.
 *
 * @param values the fields in the order they were given
 */
public record CustomFields(Map<String, FieldValue> values) {

    /** No custom fields. */
    public static final CustomFields NONE = new CustomFields(Map.of());
    /** The most fields a template may carry. */
    public static final int MAX_FIELDS = 32;
    /** The deepest nesting of lists and objects, the field itself at level 1. */
    public static final int MAX_DEPTH = 5;
    /** The most values in all fields together, nested ones included. */
    public static final int MAX_VALUES = 500;
    /** The longest name of a member inside an object value. */
    public static final int MAX_MEMBER_NAME = 256;
    /** The longest text value. */
    public static final int MAX_TEXT_LENGTH = 2000;
    /**
     * Names the server manages or that name a template's own fields, compared without case: a
     * custom field cannot take them.
     */
    public static final Set<String> RESERVED = Set.of("id", "name", "title", "description", "count", "latest",
            "date", "globalcount", "globallatest", "status", "version", "issuer", "created", "updated");

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final String ATTRIBUTE = "custom_fields";

    /** Checks names, reserved names and the size of the values, keeping their order. */
    public CustomFields {
        requireNonNull(values, "values");
        if (values.size() > MAX_FIELDS) {
            throw Check.fail(ATTRIBUTE, "too_many", "has too many entries (maximum is " + MAX_FIELDS + ")");
        }
        int[] count = {0};
        values.forEach((name, value) -> {
            if (name == null || !NAME.matcher(name).matches()) {
                throw Check.invalid(ATTRIBUTE, "has a field name that is not a letter followed by letters, digits or"
                        + " '_' (at most 64 characters): " + name);
            }
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw Check.fail(ATTRIBUTE, "reserved", "uses the reserved name '" + name + "'");
            }
            count[0] += measure(requireNonNull(value, "value"), 1);
        });
        if (count[0] > MAX_VALUES) {
            throw Check.fail(ATTRIBUTE, "too_large", "holds too many values (maximum is " + MAX_VALUES + ")");
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of one field, or null when there is none. */
    public FieldValue get(String name) {
        return values.get(name);
    }

    /** Whether there are no fields. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    private static int measure(FieldValue value, int depth) {
        if (depth > MAX_DEPTH) {
            throw Check.fail(ATTRIBUTE, "too_deep", "nests values too deep (maximum is " + MAX_DEPTH + " levels)");
        }
        if (value instanceof FieldValue.TextValue text) {
            if (Check.length(text.value()) > MAX_TEXT_LENGTH) {
                throw Check.tooLong(ATTRIBUTE, MAX_TEXT_LENGTH);
            }
            checkCharacters(text.value(), true);
        }
        if (value instanceof FieldValue.ListValue list) {
            return 1 + list.values().stream().mapToInt(v -> measure(v, depth + 1)).sum();
        }
        if (value instanceof FieldValue.ObjectValue object) {
            if (object.members().keySet().stream().anyMatch(name -> name.isEmpty() || name.length() > MAX_MEMBER_NAME)) {
                throw Check.invalid(ATTRIBUTE, "has an object member name that is empty or longer than "
                        + MAX_MEMBER_NAME + " characters");
            }
            object.members().keySet().forEach(name -> checkCharacters(name, false));
            return 1 + object.members().values().stream().mapToInt(v -> measure(v, depth + 1)).sum();
        }
        return 1;
    }

    /** Refuses control characters (but line breaks and tabs in texts) and text that is not well-formed Unicode. */
    private static void checkCharacters(String text, boolean breaksAllowed) {
        boolean control = text.chars().anyMatch(c -> Character.isISOControl(c)
                && !(breaksAllowed && (c == '\n' || c == '\r' || c == '\t')));
        if (control) {
            throw Check.invalid(ATTRIBUTE, "has a text or member name with control characters");
        }
        Check.wellFormed(text, ATTRIBUTE);
    }
}
