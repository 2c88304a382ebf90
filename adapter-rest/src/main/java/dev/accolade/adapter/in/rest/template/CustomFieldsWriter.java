package dev.accolade.adapter.in.rest.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.domain.template.CustomFields;
import dev.accolade.domain.template.FieldValue;
import java.util.Map;

/** Writes custom fields as the JSON they were given as: same member order, numbers with their exact text. */
public final class CustomFieldsWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private CustomFieldsWriter() {
    }

    /** The fields as a JSON object. */
    public static ObjectNode toJson(CustomFields fields) {
        return object(fields.values());
    }

    private static ObjectNode object(Map<String, FieldValue> members) {
        ObjectNode node = NODES.objectNode();
        members.forEach((name, value) -> node.set(name, value(value)));
        return node;
    }

    private static JsonNode value(FieldValue value) {
        if (value instanceof FieldValue.TextValue text) {
            return NODES.textNode(text.value());
        }
        if (value instanceof FieldValue.NumberValue number) {
            return NODES.numberNode(number.value());
        }
        if (value instanceof FieldValue.BooleanValue bool) {
            return NODES.booleanNode(bool.value());
        }
        if (value instanceof FieldValue.ListValue list) {
            ArrayNode array = NODES.arrayNode();
            list.values().forEach(element -> array.add(value(element)));
            return array;
        }
        if (value instanceof FieldValue.ObjectValue object) {
            return object(object.members());
        }
        return NODES.nullNode();
    }
}
