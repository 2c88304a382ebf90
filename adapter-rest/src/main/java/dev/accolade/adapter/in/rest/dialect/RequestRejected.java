package dev.accolade.adapter.in.rest.dialect;

/**
 * A request the adapter refuses before any use case runs: malformed JSON, an unknown attribute, a
 * missing parameter, a non-numeric id, a body too large. Carries the HTTP status and the message.
 */
public final class RequestRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** 400 Bad Request. */
    public static final int BAD_REQUEST = 400;
    /** 413 Content Too Large. */
    public static final int CONTENT_TOO_LARGE = 413;
    /** The status of a request the server could not serve now, which may be sent again. */
    public static final int UNAVAILABLE = 503;

    private final int status;
    private final String code;

    private RequestRejected(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** A 400 with a stable code and a message for the client. */
    public static RequestRejected badRequest(String code, String message) {
        return new RequestRejected(BAD_REQUEST, code, message);
    }

    /** A 400 for a parameter the request lacks. */
    public static RequestRejected missingParameter(String name) {
        return badRequest("parameter_missing", "Missing required parameter: " + name);
    }

    /** A refusal with another status, such as one the web server itself raised. */
    public static RequestRejected withStatus(int status, String code, String message) {
        return new RequestRejected(status, code, message);
    }

    /** A 413 for a body over the limit. */
    public static RequestRejected tooLarge(long limit) {
        return new RequestRejected(CONTENT_TOO_LARGE, "body_too_large",
                "The request body is larger than " + limit + " bytes.");
    }

    /** The HTTP status to answer with. */
    public int status() {
        return status;
    }

    /** The stable snake_case code. */
    public String code() {
        return code;
    }
}
