package dev.accolade.domain.offer;

import dev.accolade.domain.common.Ids;

/**
 * The id of an offer.
 *
 * @param value a positive whole number below 2^53
 */
public record OfferId(long value) {

    /** Checks the value is a valid id. */
    public OfferId {
        Ids.check(value, "offer_id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
