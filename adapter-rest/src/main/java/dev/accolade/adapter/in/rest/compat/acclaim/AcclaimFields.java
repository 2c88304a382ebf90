package dev.accolade.adapter.in.rest.compat.acclaim;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.adapter.in.rest.input.FormBodies;
import dev.accolade.adapter.in.rest.input.JsonBodies;
import dev.accolade.adapter.in.rest.input.Requests;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The attributes of an Acclaim request body, given as a JSON object or as form fields (URL-encoded or
 * multipart, as curl's {@code -F} sends them); each a text, a number or a boolean, read as text.
 */
public final class AcclaimFields {

    private final Map<String, String> values;

    private AcclaimFields(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Reads the request's body by its content type; a body of no known type has no attributes. */
    public static AcclaimFields of(Context ctx, ObjectMapper mapper) {
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded")) {
            return new AcclaimFields(FormBodies.read(ctx));
        }
        if (type.startsWith("application/json")) {
            return fromJson(new JsonBodies(mapper).read(ctx, JsonNode.class));
        }
        return new AcclaimFields(Map.of());
    }

    private static AcclaimFields fromJson(JsonNode body) {
        if (!body.isObject()) {
            throw RequestRejected.badRequest("body_not_object", "The request body must be a JSON object.");
        }
        Map<String, String> read = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (value.isContainerNode()) {
                throw RequestRejected.badRequest("attribute_type_mismatch",
                        "The attribute " + field.getKey() + " has the wrong type.");
            }
            if (!value.isNull()) {
                read.put(field.getKey(), value.asText());
            }
        }
        return new AcclaimFields(read);
    }

    private static Optional<String> first(List<String> given) {
        return given == null || given.isEmpty() ? Optional.empty() : Optional.ofNullable(given.get(0));
    }

    /** The attribute, or a 400 {@code Missing required parameter: <name>} when absent or blank. */
    public String required(String name) {
        return Requests.required(values.get(name), name);
    }

    /** The attribute, empty when absent or blank. */
    public Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isBlank());
    }

    /** Whether the body gives this attribute at all. */
    public boolean has(String name) {
        return values.containsKey(requireNonNull(name, "name"));
    }
}
