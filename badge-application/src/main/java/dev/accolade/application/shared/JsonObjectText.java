package dev.accolade.application.shared;

import java.time.Instant;
import java.util.Optional;

/**
 * Writes a flat or nested JSON object as text, for the bodies the server signs and sends: names in the
 * order given, text escaped, instants in ISO-8601 UTC, empty optionals and nulls as {@code null}.
 */
public final class JsonObjectText {

    private final StringBuilder out = new StringBuilder("{");

    /** Adds a member; the value is text, a whole number, a boolean, an instant, an optional, an object or null. */
    public JsonObjectText put(String name, Object value) {
        if (out.length() > 1) {
            out.append(',');
        }
        appendText(name);
        out.append(':');
        appendValue(value);
        return this;
    }

    /** The object as JSON text. */
    public String text() {
        return out + "}";
    }

    private void appendValue(Object value) {
        Object plain = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (plain == null) {
            out.append("null");
        } else if (plain instanceof JsonObjectText object) {
            out.append(object.text());
        } else if (plain instanceof Long || plain instanceof Integer || plain instanceof Boolean) {
            out.append(plain);
        } else if (plain instanceof String || plain instanceof Instant) {
            appendText(plain.toString());
        } else {
            throw new IllegalArgumentException("no JSON form for " + plain.getClass().getSimpleName());
        }
    }

    private void appendText(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
