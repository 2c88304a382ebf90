package dev.accolade.adapter.in.rest.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.in.rest.dialect.Dialect;
import dev.accolade.adapter.in.rest.dialect.ErrorReply;
import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the failures Jetty raises itself, before any route runs (a URI or headers too long, an HTTP
 * version it does not speak, a message it cannot parse), in the API's JSON error shape: the shape of
 * the dialect whose base the request's path lies under when the path could be read, the native one
 * otherwise. Nothing here is an HTML page. Jetty closes the connection after such a failure, so the reply
 * says {@code Connection: close}, lest a client send its next request down a closed connection.
 */
public final class JsonErrorPages extends ErrorHandler {

    private static final Map<Integer, Refusal> REFUSALS = Map.of(
            HttpStatus.BAD_REQUEST_400, new Refusal("request_malformed", "The request is not well-formed HTTP."),
            HttpStatus.REQUEST_TIMEOUT_408, new Refusal("request_timeout", "The request did not arrive in time."),
            HttpStatus.PAYLOAD_TOO_LARGE_413, new Refusal("body_too_large", "The request body is too large."),
            HttpStatus.UPGRADE_REQUIRED_426, new Refusal("http_version_unsupported",
                    "This HTTP version is not supported here; use HTTP/1.1."),
            HttpStatus.URI_TOO_LONG_414, new Refusal("uri_too_long", "The request URI is too long."),
            HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431, new Refusal("headers_too_large",
                    "The request headers are too large."),
            HttpStatus.SERVICE_UNAVAILABLE_503, new Refusal("unavailable",
                    "The server cannot take the request now; send it again in a moment."),
            HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505, new Refusal("http_version_unsupported",
                    "This HTTP version is not supported; use HTTP/1.1."));

    private final Function<String, Dialect> dialects;
    private final ObjectMapper mapper;

    /** Error pages in the shape of the dialect that answers each path, written with this mapper. */
    public JsonErrorPages(Function<String, Dialect> dialects, ObjectMapper mapper) {
        this.dialects = dialects;
        this.mapper = mapper;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws JsonProcessingException {
        int status = statusOf(request, response);
        Dialect dialect = dialects.apply(pathOf(request));
        Refusal refusal = REFUSALS.getOrDefault(status, new Refusal(status >= 500 ? "internal_error"
                : "request_refused", "The request was refused: " + HttpStatus.getMessage(status) + "."));
        ErrorReply reply = dialect.rejection(RequestRejected.withStatus(status, refusal.code(), refusal.message()));
        byte[] body = mapper.writeValueAsBytes(reply.body());
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(ErrorHandler.ERROR_CACHE_CONTROL);
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    private static int statusOf(Request request, Response response) {
        Object status = request.getAttribute(ERROR_STATUS);
        int code = status instanceof Integer given ? given : response.getStatus();
        return code >= 400 && code <= 599 ? code : HttpStatus.INTERNAL_SERVER_ERROR_500;
    }

    private static String pathOf(Request request) {
        HttpURI uri = request.getHttpURI();
        String path = uri == null ? null : uri.getPath();
        return path == null ? "/" : path;
    }

    /** The code and the message of a status Jetty answers itself. */
    private record Refusal(String code, String message) {
    }
}
