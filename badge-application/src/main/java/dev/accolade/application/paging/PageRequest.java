package dev.accolade.application.paging;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import java.util.Optional;

/**
 * Which page of a list to read: after which item, and how many at most.
 *
 * @param after the cursor of the previous page's last item, empty for the first page
 * @param limit how many items at most, 1 to {@link #MAX_LIMIT}
 */
public record PageRequest(Optional<Cursor> after, int limit) {

    /** The largest page any list serves. */
    public static final int MAX_LIMIT = 100;
    /** The page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 20;

    /** Checks the limit. */
    public PageRequest {
        requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Check.fail("limit", "out_of_range", "must be between 1 and " + MAX_LIMIT);
        }
    }

    /** The first page of the default size. */
    public static PageRequest first() {
        return new PageRequest(Optional.empty(), DEFAULT_LIMIT);
    }

    /** The first page of a given size. */
    public static PageRequest first(int limit) {
        return new PageRequest(Optional.empty(), limit);
    }

    /** The page after a cursor, of a given size. */
    public static PageRequest after(Cursor cursor, int limit) {
        return new PageRequest(Optional.of(cursor), limit);
    }
}
