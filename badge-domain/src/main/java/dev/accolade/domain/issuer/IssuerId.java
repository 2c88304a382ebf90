package dev.accolade.domain.issuer;

import dev.accolade.domain.common.Ids;

/**
 * The id of an issuer.
 *
 * @param value a positive whole number below 2^53
 */
public record IssuerId(long value) {

    /** Checks the value is a valid id. */
    public IssuerId {
        Ids.check(value, "issuer_id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
