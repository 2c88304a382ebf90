package dev.accolade.domain.category;

import dev.accolade.domain.common.Ids;

/**
 * The id of a category.
 *
 * @param value a positive whole number below 2^53
 */
public record CategoryId(long value) {

    /** Checks the value is a valid id. */
    public CategoryId {
        Ids.check(value, "category_id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
