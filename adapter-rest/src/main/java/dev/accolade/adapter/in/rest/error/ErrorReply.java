package dev.accolade.adapter.in.rest.error;

import static java.util.Objects.requireNonNull;

/**
 * An HTTP status and the body to send with it.
 *
 * @param status the status code
 * @param body the record to write as JSON
 */
public record ErrorReply(int status, Object body) {

    /** Checks both parts. */
    public ErrorReply {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error reply has a 4xx or 5xx status");
        }
        requireNonNull(body, "body");
    }
}
