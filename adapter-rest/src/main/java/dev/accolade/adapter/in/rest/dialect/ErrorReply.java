package dev.accolade.adapter.in.rest.dialect;

import static java.util.Objects.requireNonNull;

/**
 * The answer to a failure in a dialect's wire format: an HTTP status and the body to send with it.
 * Most are 4xx or 5xx; a dialect whose clients read errors from the body (Achieve Mint) answers 200.
 *
 * @param status the status code
 * @param body the record to write as JSON
 */
public record ErrorReply(int status, Object body) {

    /** Checks both parts. */
    public ErrorReply {
        if (status != 200 && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("an error reply has a 4xx or 5xx status, or 200 with an error body");
        }
        requireNonNull(body, "body");
    }
}
