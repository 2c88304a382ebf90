package dev.accolade.adapter.in.rest.compat.userbadges;

/**
 * A request the dialect refuses before any use case runs, with the status UserBadges gives it.
 */
final class DialectError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    private DialectError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** 400: a badly formed request. */
    static DialectError badRequest(String code, String message) {
        return new DialectError(400, code, message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
