package dev.accolade.domain.award;

import dev.accolade.domain.common.Ids;

/**
 * The id of an award.
 *
 * @param value a positive whole number below 2^53
 */
public record AwardId(long value) {

    /** Checks the value is a valid id. */
    public AwardId {
        Ids.check(value, "award_id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
