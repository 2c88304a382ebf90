package dev.accolade.domain.request;

import dev.accolade.domain.common.Ids;

/**
 * The id of a request to be awarded.
 *
 * @param value a positive whole number below 2^53
 */
public record AwardRequestId(long value) {

    /** Checks the value is a valid id. */
    public AwardRequestId {
        Ids.check(value, "request_id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
