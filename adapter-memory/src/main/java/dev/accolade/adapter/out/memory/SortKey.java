package dev.accolade.adapter.out.memory;

import dev.accolade.application.paging.Cursor;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.domain.error.DomainException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * How rows of one kind sort for keyset paging: by a value, then by id; and how that value reads and
 * writes in a cursor. Pages are what a database index scan from the cursor would return.
 *
 * @param <V> the row type
 * @param <K> the sort value type
 */
final class SortKey<V, K extends Comparable<K>> {

    private final Function<V, K> value;
    private final ToLongFunction<V> id;
    private final Function<K, String> format;
    private final Function<String, K> parse;

    private SortKey(Function<V, K> value, ToLongFunction<V> id, Function<K, String> format,
            Function<String, K> parse) {
        this.value = value;
        this.id = id;
        this.format = format;
        this.parse = parse;
    }

    /** Sorting by an instant, then id. */
    static <V> SortKey<V, Instant> byTime(Function<V, Instant> time, ToLongFunction<V> id) {
        return new SortKey<>(time, id, Instant::toString, Instant::parse);
    }

    /** Sorting by a text, then id. */
    static <V> SortKey<V, String> byText(Function<V, String> text, ToLongFunction<V> id) {
        return new SortKey<>(text, id, Function.identity(), Function.identity());
    }

    /** Sorting by id alone. */
    static <V> SortKey<V, String> byId(ToLongFunction<V> id) {
        return new SortKey<>(row -> "", id, Function.identity(), Function.identity());
    }

    /**
     * The page of these rows that follows the request's cursor in the given direction, or that starts
     * past the rows the request skips; with the number of rows when the request is counted.
     */
    Page<V> page(Collection<V> rows, SortDirection direction, PageRequest request) {
        Comparator<V> ascending = Comparator.comparing(value).thenComparingLong(id);
        Comparator<V> order = direction == SortDirection.ASC ? ascending : ascending.reversed();
        Optional<Cursor> after = request.after();
        List<V> window = rows.stream().filter(row -> after.map(c -> follows(row, c, direction)).orElse(true))
                .sorted(order).skip(request.skip()).limit(request.limit() + 1L).toList();
        Page<V> page = cut(window, request.limit());
        return request.counted() ? page.withTotal(rows.size()) : page;
    }

    private Page<V> cut(List<V> window, int limit) {
        if (window.size() <= limit) {
            return new Page<>(window, Optional.empty());
        }
        List<V> items = window.subList(0, limit);
        V last = items.get(items.size() - 1);
        return new Page<>(items, Optional.of(new Cursor(format.apply(value.apply(last)), id.applyAsLong(last))));
    }

    private boolean follows(V row, Cursor cursor, SortDirection direction) {
        K cursorValue;
        try {
            cursorValue = parse.apply(cursor.key());
        } catch (RuntimeException e) {
            throw DomainException.invalid("cursor_invalid", "The cursor does not belong to this list.");
        }
        int byValue = value.apply(row).compareTo(cursorValue);
        int comparison = byValue != 0 ? byValue : Long.compare(id.applyAsLong(row), cursor.id());
        return direction == SortDirection.ASC ? comparison > 0 : comparison < 0;
    }
}
