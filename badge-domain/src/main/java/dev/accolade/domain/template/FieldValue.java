package dev.accolade.domain.template;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value of a custom field: any JSON value, modelled without a JSON library so that every store
 * and every adapter round-trips it exactly (numbers keep their scale, objects their key order).
 */
public sealed interface FieldValue {

    /** The single null value. */
    FieldValue NULL = new NullValue();

    /** A text value. */
    static FieldValue text(String value) {
        return new TextValue(value);
    }

    /** A number value, kept exactly as given. */
    static FieldValue number(BigDecimal value) {
        return new NumberValue(value);
    }

    /** A true or false value. */
    static FieldValue bool(boolean value) {
        return new BooleanValue(value);
    }

    /**
     * A text value.
     *
     * @param value the text
     */
    record TextValue(String value) implements FieldValue {

        /** Checks the text is present. */
        public TextValue {
            requireNonNull(value, "value");
        }
    }

    /**
     * A number, kept with its scale.
     *
     * @param value the number
     */
    record NumberValue(BigDecimal value) implements FieldValue {

        /** Checks the number is present. */
        public NumberValue {
            requireNonNull(value, "value");
        }
    }

    /**
     * A true or false value.
     *
     * @param value the truth value
     */
    record BooleanValue(boolean value) implements FieldValue {
    }

    /** The null value. */
    record NullValue() implements FieldValue {
    }

    /**
     * An ordered list of values.
     *
     * @param values the elements
     */
    record ListValue(List<FieldValue> values) implements FieldValue {

        /** Copies the elements. */
        public ListValue {
            values = List.copyOf(values);
        }
    }

    /**
     * An object whose members keep the order they were given in.
     *
     * @param members the members by name
     */
    record ObjectValue(Map<String, FieldValue> members) implements FieldValue {

        /** Copies the members, keeping their order. */
        public ObjectValue {
            members.forEach((name, value) -> {
                requireNonNull(name, "member name");
                requireNonNull(value, "member value");
            });
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }
    }
}
