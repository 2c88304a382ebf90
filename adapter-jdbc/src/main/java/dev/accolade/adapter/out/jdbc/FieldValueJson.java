package dev.accolade.adapter.out.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.domain.template.CustomFields;
import dev.accolade.domain.template.FieldValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Custom fields as JSON that survives any database's normalisation: PostgreSQL's JSONB sorts object
 * keys and rewrites numbers ({@code 1E+3} becomes {@code 1000}), so a number is stored as its exact
 * text, {@code {"n":"1E+3"}}, and an object as its members in order, {@code {"o":[["k",v],…]}}. Texts,
 * booleans, null and arrays are stored as themselves. Everything reads back exactly as written.
 */
final class FieldValueJson {

    private static final String NUMBER = "n";
    private static final String OBJECT = "o";

    private FieldValueJson() {
    }

    /** The fields, in order, as one JSON value. */
    static JsonNode write(CustomFields fields) {
        return members(fields.values());
    }

    /** The fields written by {@link #write(CustomFields)}. */
    static CustomFields read(JsonNode node) {
        return new CustomFields(readMembers(node));
    }

    private static JsonNode write(FieldValue value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof FieldValue.TextValue text) {
            return nodes.textNode(text.value());
        }
        if (value instanceof FieldValue.NumberValue number) {
            return Json.object().put(NUMBER, number.value().toString());
        }
        if (value instanceof FieldValue.BooleanValue bool) {
            return nodes.booleanNode(bool.value());
        }
        if (value instanceof FieldValue.ListValue list) {
            ArrayNode array = Json.array();
            list.values().forEach(element -> array.add(write(element)));
            return array;
        }
        if (value instanceof FieldValue.ObjectValue object) {
            return members(object.members());
        }
        return nodes.nullNode();
    }

    private static ObjectNode members(Map<String, FieldValue> members) {
        ArrayNode pairs = Json.array();
        members.forEach((name, value) -> pairs.add(Json.array().add(name).add(write(value))));
        ObjectNode object = Json.object();
        object.set(OBJECT, pairs);
        return object;
    }

    private static FieldValue readValue(JsonNode node) {
        if (node.isTextual()) {
            return FieldValue.text(node.textValue());
        }
        if (node.isBoolean()) {
            return FieldValue.bool(node.booleanValue());
        }
        if (node.isArray()) {
            List<FieldValue> values = new ArrayList<>();
            node.forEach(element -> values.add(readValue(element)));
            return new FieldValue.ListValue(values);
        }
        if (node.has(NUMBER)) {
            return FieldValue.number(new BigDecimal(node.get(NUMBER).textValue()));
        }
        if (node.has(OBJECT)) {
            return new FieldValue.ObjectValue(readMembers(node));
        }
        return FieldValue.NULL;
    }

    private static Map<String, FieldValue> readMembers(JsonNode node) {
        Map<String, FieldValue> members = new LinkedHashMap<>();
        node.get(OBJECT).forEach(pair -> members.put(pair.get(0).textValue(), readValue(pair.get(1))));
        return members;
    }
}
