package dev.accolade.adapter.in.rest.compat.achievemint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.domain.error.DomainException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the parameters of a call: the query string, then the body, either form fields
 * ({@code application/x-www-form-urlencoded}, what {@code curl -d} sends) or one JSON object. A body
 * parameter wins over a query parameter of the same name.
 */
final class CallReader {

    /** The largest body read: room for a 10 MiB file in base64 and the rest of the call. */
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private final ObjectMapper mapper;

    CallReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Every parameter of the request. */
    Parameters read(Context ctx) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        formFields(ctx.queryString(), values);
        byte[] body = body(ctx);
        if (body.length > 0) {
            String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
            if (type.startsWith("application/json")) {
                jsonFields(body, values);
            } else {
                formFields(new String(body, StandardCharsets.UTF_8), values);
            }
        }
        return new Parameters(values, mapper);
    }

    private void jsonFields(byte[] body, Map<String, JsonNode> values) {
        JsonNode object;
        try {
            object = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw DomainException.invalid("body_malformed", "The request body is not well-formed JSON.");
        } catch (IOException e) {
            throw unreadable();
        }
        if (object == null || !object.isObject()) {
            throw DomainException.invalid("body_malformed", "The JSON body must be one object of parameters.");
        }
        object.properties().forEach(field -> values.put(field.getKey(), field.getValue()));
    }

    private static void formFields(String encoded, Map<String, JsonNode> values) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            values.put(name.strip(), Parameters.textValue(value));
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("body_malformed", "The form fields are not properly URL-encoded.");
        }
    }

    private static byte[] body(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw unreadable();
        }
    }

    private static DomainException tooLarge() {
        return DomainException.invalid("body_too_large", "The request body is larger than " + MAX_BODY_BYTES
                + " bytes.");
    }

    private static DomainException unreadable() {
        return DomainException.invalid("body_unreadable", "The request body could not be read.");
    }
}
