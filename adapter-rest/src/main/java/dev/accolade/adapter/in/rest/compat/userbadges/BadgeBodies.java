package dev.accolade.adapter.in.rest.compat.userbadges;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.application.catalog.NamedTemplateInput;
import dev.accolade.domain.template.FieldValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the bodies of the dialect's writes: {@code {"badges": [...]}} holding badge definitions
 * (a {@code name}, an optional {@code description}, and custom fields kept exactly: numbers with
 * their scale, objects in their order) or badge names. Anything else is a 400.
 */
final class BadgeBodies {

    private static final String BADGES = "badges";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private BadgeBodies() {
    }

    /** The badges to create or change. */
    static List<NamedTemplateInput> definitions(byte[] body) {
        List<NamedTemplateInput> badges = new ArrayList<>();
        for (JsonNode badge : badgesOf(body)) {
            if (!badge.isObject()) {
                throw bad("Each badge must be a JSON object with a name.");
            }
            JsonNode name = badge.get("name");
            if (name == null || !name.isTextual() || name.asText().isBlank()) {
                throw bad("Each badge must have a name, as text.");
            }
            JsonNode description = badge.get("description");
            if (description != null && !description.isTextual() && !description.isNull()) {
                throw bad("A badge's description must be text.");
            }
            Map<String, FieldValue> custom = new LinkedHashMap<>();
            badge.properties().forEach(field -> {
                if (!field.getKey().equals("name") && !field.getKey().equals("description")) {
                    custom.put(field.getKey(), valueOf(field.getValue()));
                }
            });
            badges.add(new NamedTemplateInput(name.asText(),
                    description == null || description.isNull() ? null : description.asText(),
                    CustomFieldNames.stored(custom)));
        }
        return badges;
    }

    /** The badge names a write lists. */
    static List<String> names(byte[] body) {
        List<String> names = new ArrayList<>();
        for (JsonNode name : badgesOf(body)) {
            if (!name.isTextual() || name.asText().isBlank()) {
                throw bad("Each badge must be named by a non-empty text.");
            }
            names.add(name.asText());
        }
        return names;
    }

    private static JsonNode badgesOf(byte[] body) {
        if (body.length == 0) {
            throw bad("The request needs a JSON body with the badges.");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw RequestRejected.badRequest("json_malformed", "The request body is not well-formed JSON.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject() || root.size() != 1 || !root.has(BADGES)) {
            throw bad("The request body must be a JSON object with one member, badges.");
        }
        JsonNode badges = root.get(BADGES);
        if (!badges.isArray() || badges.isEmpty()) {
            throw bad("The badges must be a non-empty JSON array.");
        }
        return badges;
    }

    /** A JSON value as a custom field's value, exactly. */
    private static FieldValue valueOf(JsonNode node) {
        if (node.isObject()) {
            Map<String, FieldValue> members = new LinkedHashMap<>();
            node.properties().forEach(member -> members.put(member.getKey(), valueOf(member.getValue())));
            return new FieldValue.ObjectValue(members);
        }
        if (node.isArray()) {
            List<FieldValue> elements = new ArrayList<>();
            node.forEach(element -> elements.add(valueOf(element)));
            return new FieldValue.ListValue(elements);
        }
        if (node.isTextual()) {
            return FieldValue.text(node.asText());
        }
        if (node.isNumber()) {
            return FieldValue.number(node.decimalValue());
        }
        return node.isBoolean() ? FieldValue.bool(node.asBoolean()) : FieldValue.NULL;
    }

    private static RequestRejected bad(String message) {
        return RequestRejected.badRequest("badges_invalid", message);
    }
}
