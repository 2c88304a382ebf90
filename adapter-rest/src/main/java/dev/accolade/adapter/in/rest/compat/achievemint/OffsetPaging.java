package dev.accolade.adapter.in.rest.compat.achievemint;

import dev.accolade.application.paging.PageRequest;
import dev.accolade.domain.error.DomainException;

/**
 * The specification's {@code limit} and {@code offset}, served by the store: it skips the offset and
 * reads the page in one query, so a call costs what it returns. Offsets are capped all the same.
 */
final class OffsetPaging {

    /** The page size when none is asked for. */
    static final int DEFAULT_LIMIT = 20;
    /** The largest offset accepted. */
    static final int MAX_OFFSET = 10_000;

    private final int limit;
    private final int offset;

    private OffsetPaging(int limit, int offset) {
        this.limit = limit;
        this.offset = offset;
    }

    /** The {@code limit} (1 to 100, default 20) and {@code offset} (0 to 10,000, default 0) of a call. */
    static OffsetPaging of(Parameters parameters) {
        long limit = parameters.number("limit").orElse((long) DEFAULT_LIMIT);
        long offset = parameters.number("offset").orElse(0L);
        if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
            throw DomainException.invalid("limit_out_of_range",
                    "The limit must be a whole number from 1 to " + PageRequest.MAX_LIMIT + ".");
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw DomainException.invalid("offset_out_of_range",
                    "The offset must be a whole number from 0 to " + MAX_OFFSET + ".");
        }
        return new OffsetPaging((int) limit, (int) offset);
    }

    /** The store's request for the items from the offset on, at most the limit: the store skips the rest. */
    PageRequest request() {
        return PageRequest.skipping(offset, limit);
    }
}
