package dev.accolade.adapter.in.rest.input;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a form body, URL-encoded or multipart (as curl's {@code -F} sends it), into its text fields,
 * the first value of each name: from the raw bytes, at most {@link JsonBodies#MAX_BODY_BYTES}, so that a
 * broken body is a 400 this server words and an oversized one a 413, never the web server's failure.
 */
public final class FormBodies {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]{1,70})\"?");
    private static final Pattern NAME = Pattern.compile("(?i)content-disposition:\\s*form-data;.*?\\bname=\"([^\"]*)\"");

    private FormBodies() {
    }

    /** The fields of the request's form body, by its content type. */
    public static Map<String, String> read(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        byte[] body = JsonBodies.raw(ctx, JsonBodies.MAX_BODY_BYTES);
        String text = new String(body, StandardCharsets.UTF_8);
        if (type.startsWith("multipart/form-data")) {
            Matcher boundary = BOUNDARY.matcher(ctx.contentType());
            if (!boundary.find()) {
                throw malformed("a multipart body needs the boundary its content type names");
            }
            return multipart(text, boundary.group(1));
        }
        return urlEncoded(text);
    }

    private static Map<String, String> urlEncoded(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (text.isBlank()) {
            return fields;
        }
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            fields.putIfAbsent(name, value);
        }
        return fields;
    }

    private static Map<String, String> multipart(String text, String boundary) {
        String delimiter = "--" + boundary;
        int start = text.indexOf(delimiter);
        if (start < 0 || !text.contains(delimiter + "--")) {
            throw malformed("a multipart body must open with its boundary and close with it followed by --");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        int at = start + delimiter.length();
        while (!text.startsWith("--", at)) {
            int headersStart = skipLineEnd(text, at);
            int headersEnd = text.indexOf("\r\n\r\n", headersStart);
            int next = text.indexOf("\r\n" + delimiter, headersEnd < 0 ? headersStart : headersEnd);
            if (headersEnd < 0 || next < 0) {
                throw malformed("a part of the multipart body is cut short");
            }
            Matcher name = NAME.matcher(text.substring(headersStart, headersEnd));
            if (!name.find()) {
                throw malformed("every part of a multipart body needs a Content-Disposition with a name");
            }
            fields.putIfAbsent(name.group(1), text.substring(headersEnd + 4, next));
            at = next + 2 + delimiter.length();
        }
        return fields;
    }

    private static int skipLineEnd(String text, int at) {
        if (text.startsWith("\r\n", at)) {
            return at + 2;
        }
        throw malformed("a boundary line of the multipart body must end its line");
    }

    private static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            throw malformed("a field is not URL-encoded");
        }
    }

    private static RequestRejected malformed(String detail) {
        return RequestRejected.badRequest("body_malformed", "The form body could not be read: " + detail + ".");
    }
}
