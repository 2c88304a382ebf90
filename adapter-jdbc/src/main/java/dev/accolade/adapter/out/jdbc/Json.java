package dev.accolade.adapter.out.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;

/** Reads and writes the JSON text of the store's open-ended columns. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** The compact text of a JSON value; {@code text_invalid} when it holds a NUL. */
    static String print(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(StoredText.checked(node));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree could not be written", impossible);
        }
    }

    /** The JSON value of a column's text. */
    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("a stored JSON column could not be read", corrupt);
        }
    }

    /** A JSON array of ids. */
    static <T> String ids(List<T> values, Function<T, Long> id) {
        ArrayNode array = array();
        values.forEach(value -> array.add(id.apply(value)));
        return print(array);
    }

    /** The ids of a JSON array. */
    static <T> List<T> ids(String text, LongFunction<T> id) {
        List<T> values = new ArrayList<>();
        parse(text).forEach(node -> values.add(id.apply(node.longValue())));
        return values;
    }
}
