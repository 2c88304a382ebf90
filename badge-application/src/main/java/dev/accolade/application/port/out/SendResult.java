package dev.accolade.application.port.out;

import static java.util.Objects.requireNonNull;

/**
 * How one attempt to send a delivery went.
 *
 * @param outcome received, failed for now, or refused for good
 * @param detail what happened, for the delivery's last error; no secrets
 */
public record SendResult(Outcome outcome, String detail) {

    /** Checks the parts. */
    public SendResult {
        requireNonNull(outcome, "outcome");
        requireNonNull(detail, "detail");
    }

    /** A 2xx answer. */
    public static SendResult delivered(int status) {
        return new SendResult(Outcome.DELIVERED, "HTTP " + status);
    }

    /** A failure worth retrying: an error status, a timeout, a refused connection. */
    public static SendResult retry(String detail) {
        return new SendResult(Outcome.RETRY, detail);
    }

    /** A failure that retrying cannot mend: the URL or its address is not allowed. */
    public static SendResult refused(String detail) {
        return new SendResult(Outcome.REFUSED, detail);
    }

    /** The kinds of outcome. */
    public enum Outcome {
        /** Received. */
        DELIVERED,
        /** Failed for now. */
        RETRY,
        /** Refused for good. */
        REFUSED
    }
}
