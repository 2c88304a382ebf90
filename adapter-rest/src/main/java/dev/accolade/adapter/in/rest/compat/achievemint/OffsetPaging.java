package dev.accolade.adapter.in.rest.compat.achievemint;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.domain.error.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The specification's {@code limit} and {@code offset} over the application's keyset pages: the
 * pages are walked from the start, skipping {@code offset} items. Offsets are capped, so that a
 * call reads at most a bounded number of items.
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

    /** The items from the offset on, at most the limit, of a list read page by page. */
    <T> List<T> read(Function<PageRequest, Page<T>> list) {
        return read(list, item -> true);
    }

    /** As {@link #read(Function)}, counting only the items the filter keeps. */
    <T> List<T> read(Function<PageRequest, Page<T>> list, Predicate<T> keep) {
        List<T> items = new ArrayList<>();
        int skipped = 0;
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<T> page = list.apply(request);
            for (T item : page.items()) {
                if (!keep.test(item)) {
                    continue;
                }
                if (skipped < offset) {
                    skipped++;
                } else {
                    items.add(item);
                    if (items.size() == limit) {
                        return items;
                    }
                }
            }
            if (page.next().isEmpty()) {
                return items;
            }
            request = PageRequest.after(page.next().get(), PageRequest.MAX_LIMIT);
        }
    }
}
