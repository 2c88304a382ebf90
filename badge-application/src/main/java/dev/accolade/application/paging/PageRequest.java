package dev.accolade.application.paging;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import java.util.Optional;

/**
 * Which page of a list to read: after which item (or, for dialects that number their pages, after
 * how many items), how many at most, and whether to count the whole list too.
 *
 * @param after the cursor of the previous page's last item, empty for the first page
 * @param limit how many items at most, 1 to {@link #MAX_LIMIT}
 * @param skip how many items of the list to pass over first, from 0; only without a cursor
 * @param counted whether the page also tells how many items the whole list holds
 */
public record PageRequest(Optional<Cursor> after, int limit, int skip, boolean counted) {

    /** The largest page any list serves. */
    public static final int MAX_LIMIT = 100;
    /** The page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 20;

    /** Checks the limit and the skip. */
    public PageRequest {
        requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Check.fail("limit", "out_of_range", "must be between 1 and " + MAX_LIMIT);
        }
        if (skip < 0 || skip > 0 && after.isPresent()) {
            throw Check.fail("offset", "out_of_range", "must be 0 or more, and is not given with a cursor");
        }
    }

    /** A page after a cursor, or the first page, of a given size. */
    public PageRequest(Optional<Cursor> after, int limit) {
        this(after, limit, 0, false);
    }

    /**
     * The page that starts after passing over some items of the list, for dialects that page by offset
     * or page number: the store skips them itself, so nothing walks the list page by page.
     */
    public static PageRequest skipping(int skip, int limit) {
        return new PageRequest(Optional.empty(), limit, skip, false);
    }

    /** The same page, telling also how many items the whole list holds. */
    public PageRequest withTotal() {
        return new PageRequest(after, limit, skip, true);
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
