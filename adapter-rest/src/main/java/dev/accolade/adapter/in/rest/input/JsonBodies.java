package dev.accolade.adapter.in.rest.input;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/**
 * Reads a request's JSON body into a request record: at most {@link #MAX_BODY_BYTES}, one well-formed
 * value, with no attribute the record does not declare nor any given twice, and each of its type.
 */
public final class JsonBodies {

    /** The largest body accepted: 1 MiB. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private final ObjectMapper mapper;

    /** Reads with this mapper, which must fail on unknown properties. */
    public JsonBodies(ObjectMapper mapper) {
        this.mapper = requireNonNull(mapper, "mapper");
    }

    /** The body as the given record, or a 400 / 413 naming what is wrong. */
    public <T> T read(Context ctx, Class<T> type) {
        byte[] body = bytes(ctx);
        if (body.length == 0) {
            throw RequestRejected.badRequest("body_required", "The request needs a JSON body.");
        }
        return parse(body, type);
    }

    /** The body as the given record, or the fallback when the request has no body. */
    public <T> T readOrDefault(Context ctx, Class<T> type, T fallback) {
        byte[] body = bytes(ctx);
        return body.length == 0 ? fallback : parse(body, type);
    }

    /** Bytes as the given type, or a 400 naming what is wrong: malformed, a second value, a duplicate attribute. */
    public <T> T parse(byte[] body, Class<T> type) {
        try (JsonParser parser = mapper.createParser(body)) {
            T value = mapper.readValue(parser, type);
            if (value == null) {
                throw RequestRejected.badRequest("body_required", "The request needs a JSON object as its body.");
            }
            if (parser.nextToken() != null) {
                throw malformed();
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw RequestRejected.badRequest("attribute_unknown",
                    "Unknown attribute: " + e.getPropertyName() + ". Accepted: " + known(e) + ".");
        } catch (JsonMappingException e) {
            if (e instanceof MismatchedInputException || e.getCause() instanceof InputCoercionException) {
                throw RequestRejected.badRequest("attribute_type_mismatch", mismatch(e));
            }
            throw malformed();
        } catch (JsonParseException e) {
            if (e.getOriginalMessage().startsWith("Duplicate field")) {
                throw RequestRejected.badRequest("attribute_duplicate", "The attribute "
                        + e.getProcessor().getParsingContext().getCurrentName() + " is given more than once.");
            }
            throw malformed();
        } catch (JsonProcessingException e) {
            throw malformed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RequestRejected malformed() {
        return RequestRejected.badRequest("json_malformed", "The request body is not well-formed JSON.");
    }

    private static byte[] bytes(Context ctx) {
        return raw(ctx, MAX_BODY_BYTES);
    }

    /** The body's bytes, at most {@code limit} of them; a 413 past it, a 400 when it cannot be read. */
    public static byte[] raw(Context ctx, int limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw RequestRejected.tooLarge(limit);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw RequestRejected.tooLarge(limit);
            }
            return body;
        } catch (IOException e) {
            throw RequestRejected.badRequest("body_unreadable", "The request body could not be read.");
        }
    }

    private static String known(UnrecognizedPropertyException e) {
        return e.getKnownPropertyIds() == null ? "none"
                : e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String mismatch(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "The request body must be a JSON object."
                : "The attribute " + path + " has the wrong type.";
    }
}
