package dev.accolade.adapter.in.rest.compat.achievemint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.accolade.domain.error.DomainException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one Achieve Mint call, from the query string, form fields or one JSON body.
 * A form field's value is text that may hold JSON ({@code identity={"email":"…"}}, {@code
 * categories=[1,2,3]}); a JSON body gives typed values directly. Getters read each parameter as the
 * specification types it and refuse anything else with {@code parameter_malformed}.
 */
final class Parameters {

    private static final long MAX_ID = (1L << 53) - 1;

    private final Map<String, JsonNode> values;
    private final ObjectMapper mapper;

    Parameters(Map<String, JsonNode> values, ObjectMapper mapper) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.mapper = mapper;
    }

    /** Whether the parameter is given with a value other than JSON null or empty text. */
    boolean has(String name) {
        JsonNode value = values.get(name);
        return value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank());
    }

    /** Text, or empty; numbers and booleans are taken as their text. */
    Optional<String> text(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = values.get(name);
        if (value.isContainerNode()) {
            throw malformed(name, "text");
        }
        return Optional.of(value.asText());
    }

    /** Required text. */
    String requiredText(String name) {
        return text(name).orElseThrow(() -> missing(name));
    }

    /** A whole number, or empty. */
    Optional<Long> number(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        return Optional.of(wholeNumber(values.get(name), name));
    }

    /** A positive id below 2^53. */
    long id(String name) {
        long id = number(name).orElseThrow(() -> missing(name));
        if (id < 1 || id > MAX_ID) {
            throw malformed(name, "a positive id");
        }
        return id;
    }

    /** A boolean: true/false, 1/0, or absent for false. */
    boolean flag(String name) {
        if (!has(name)) {
            return false;
        }
        JsonNode value = values.get(name);
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        String text = value.asText().strip().toLowerCase(Locale.ROOT);
        switch (text) {
            case "1", "true" -> {
                return true;
            }
            case "0", "false" -> {
                return false;
            }
            default -> throw malformed(name, "a boolean (1, 0, true or false)");
        }
    }

    /** A JSON object, given as one or as text holding one; empty when absent. */
    Optional<JsonNode> object(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = parsed(name);
        if (!value.isObject()) {
            throw malformed(name, "a JSON object");
        }
        return Optional.of(value);
    }

    /** A JSON array, given as one or as text holding one; empty when absent. */
    Optional<List<JsonNode>> array(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = parsed(name);
        if (!value.isArray()) {
            throw malformed(name, "a JSON array");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return Optional.of(items);
    }

    /** An array of ids, such as {@code [1,2,3]}; empty when absent. */
    Optional<List<Long>> ids(String name) {
        return array(name).map(items -> {
            List<Long> ids = new ArrayList<>();
            for (JsonNode item : items) {
                long id = wholeNumber(item, name);
                if (id < 1 || id > MAX_ID) {
                    throw malformed(name, "an array of positive ids");
                }
                ids.add(id);
            }
            return ids;
        });
    }

    private JsonNode parsed(String name) {
        JsonNode value = values.get(name);
        if (!value.isTextual()) {
            return value;
        }
        try {
            JsonNode parsed = mapper.readTree(value.asText().strip());
            if (parsed == null || parsed.isMissingNode()) {
                throw malformed(name, "JSON");
            }
            return parsed;
        } catch (JsonProcessingException e) {
            throw DomainException.invalid("parameter_malformed",
                    "The parameter " + name + " is not well-formed JSON.");
        }
    }

    /**
     * A whole number that fits a long, given as a JSON number or as text; anything else, however large,
     * small or infinite, is this API's {@code parameter_malformed} (error 11), never an overflow.
     */
    static long wholeNumber(JsonNode value, String name) {
        try {
            if (value.isIntegralNumber()) {
                if (value.canConvertToLong()) {
                    return value.asLong();
                }
            } else if (value.isTextual()) {
                String text = value.asText().strip();
                if (text.length() <= 20 && text.matches("-?[0-9]+")) {
                    return new BigDecimal(text).longValueExact();
                }
            } else if (value.isNumber() && Double.isFinite(value.asDouble())) {
                BigDecimal whole = value.decimalValue();
                if (whole.stripTrailingZeros().scale() <= 0 && whole.abs().compareTo(BigDecimal.valueOf(MAX_ID)) <= 0) {
                    return whole.longValueExact();
                }
            }
        } catch (ArithmeticException | NumberFormatException outOfRange) {
            throw malformed(name, "a whole number");
        }
        throw malformed(name, "a whole number");
    }

    /** A form field's text as the value of a parameter. */
    static JsonNode textValue(String text) {
        return TextNode.valueOf(text);
    }

    static DomainException missing(String name) {
        return DomainException.invalid("parameter_missing", "Missing required parameter: " + name + ".");
    }

    static DomainException malformed(String name, String expected) {
        return DomainException.invalid("parameter_malformed", "The parameter " + name + " must be " + expected + ".");
    }
}
