package dev.accolade.adapter.out.openbadges.proof;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** Converts a Jackson tree to the jakarta.json tree titanium reads; refuses keys JSON-LD would ignore and huge input. */
final class JakartaJson {

    /** Deep enough for any credential; shallow enough that titanium's recursion cannot overflow the stack. */
    static final int MAX_DEPTH = 64;
    /** JSON values (objects, arrays, strings, numbers, booleans, nulls) in one document; a rich credential has ~500. */
    static final int MAX_VALUES = 10_000;

    /** JSON-LD 1.1 keywords; any other key of the form "@..." is ignored by a JSON-LD processor, so never signed. */
    private static final Set<String> KEYWORDS = Set.of("@base", "@container", "@context", "@direction", "@graph",
            "@id", "@import", "@included", "@index", "@json", "@language", "@list", "@nest", "@none", "@prefix",
            "@propagate", "@protected", "@reverse", "@set", "@type", "@value", "@version", "@vocab");

    private static final JsonProvider JSON = JsonProvider.provider();

    private int values;

    private JakartaJson() {
    }

    static JsonObject toJakarta(JsonNode object) {
        return new JakartaJson().convert(object, 0).asJsonObject();
    }

    private JsonValue convert(JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ProofException(ProofException.Reason.LIMIT_EXCEEDED, "JSON nesting deeper than " + MAX_DEPTH);
        }
        if (++values > MAX_VALUES) {
            throw new ProofException(ProofException.Reason.LIMIT_EXCEEDED, "more than " + MAX_VALUES + " JSON values");
        }
        switch (node.getNodeType()) {
            case OBJECT:
                JsonObjectBuilder object = JSON.createObjectBuilder();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    String key = field.getKey();
                    if (key.startsWith("@") && !KEYWORDS.contains(key)) {
                        throw new ProofException(ProofException.Reason.NOT_CANONICALIZABLE,
                                "key looks like a JSON-LD keyword but is none", key);
                    }
                    object.add(key, convert(field.getValue(), depth + 1));
                }
                return object.build();
            case ARRAY:
                JsonArrayBuilder array = JSON.createArrayBuilder();
                for (JsonNode element : node) {
                    array.add(convert(element, depth + 1));
                }
                return array.build();
            case STRING:
                return JSON.createValue(node.textValue());
            case NUMBER:
                return number(node);
            case BOOLEAN:
                return node.booleanValue() ? JsonValue.TRUE : JsonValue.FALSE;
            case NULL:
                return JsonValue.NULL;
            default: // BINARY, POJO, MISSING: nothing a JSON document can hold
                throw new ProofException(ProofException.Reason.NOT_CANONICALIZABLE,
                        "not a JSON value: " + node.getNodeType());
        }
    }

    private static JsonValue number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return JSON.createValue(node.bigIntegerValue());
        }
        if (node.isFloat()) { // Float.toString keeps the short decimal form a JSON writer would print
            float value = node.floatValue();
            requireFinite(Float.isFinite(value));
            return JSON.createValue(new BigDecimal(Float.toString(value)));
        }
        if (node.isDouble()) {
            double value = node.doubleValue();
            requireFinite(Double.isFinite(value));
            return JSON.createValue(BigDecimal.valueOf(value));
        }
        return JSON.createValue(node.decimalValue());
    }

    private static void requireFinite(boolean finite) {
        if (!finite) {
            throw new ProofException(ProofException.Reason.NOT_CANONICALIZABLE, "NaN or infinite number");
        }
    }
}
