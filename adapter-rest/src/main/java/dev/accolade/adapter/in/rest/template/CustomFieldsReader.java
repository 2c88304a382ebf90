package dev.accolade.adapter.in.rest.template;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import dev.accolade.domain.template.FieldValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON object into custom fields exactly: every number as the {@link java.math.BigDecimal}
 * of its text (so {@code 5.10} keeps its scale and {@code 1E+3} its exponent), objects in the order
 * their members came, and a name given twice in one object refused.
 */
public final class CustomFieldsReader extends JsonDeserializer<Map<String, FieldValue>> {

    @Override
    public Map<String, FieldValue> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return context.reportInputMismatch(this, "custom_fields must be a JSON object");
        }
        return members(parser, context);
    }

    private static Map<String, FieldValue> members(JsonParser parser, DeserializationContext context)
            throws IOException {
        Map<String, FieldValue> members = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            parser.nextToken();
            if (members.put(name, value(parser, context)) != null) {
                context.reportInputMismatch(Map.class, "custom_fields names '%s' twice in one object", name);
            }
        }
        return members;
    }

    private static FieldValue value(JsonParser parser, DeserializationContext context) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> new FieldValue.ObjectValue(members(parser, context));
            case START_ARRAY -> {
                List<FieldValue> values = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    values.add(value(parser, context));
                }
                yield new FieldValue.ListValue(values);
            }
            case VALUE_STRING -> FieldValue.text(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> FieldValue.number(parser.getDecimalValue());
            case VALUE_TRUE -> FieldValue.bool(true);
            case VALUE_FALSE -> FieldValue.bool(false);
            case VALUE_NULL -> FieldValue.NULL;
            default -> context.reportInputMismatch(Map.class, "custom_fields holds a value that is not JSON");
        };
    }
}
