package dev.accolade.application.paging;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * One page of a list, the cursor of the next page when there is one, and the size of the whole list
 * when the request asked for it.
 *
 * @param items the items on this page
 * @param next where the next page starts, empty on the last page
 * @param total how many items the whole list holds, when the request was counted
 * @param <T> the item type
 */
public record Page<T>(List<T> items, Optional<Cursor> next, OptionalLong total) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
        requireNonNull(next, "next");
        requireNonNull(total, "total");
    }

    /** A page that does not tell the size of the whole list. */
    public Page(List<T> items, Optional<Cursor> next) {
        this(items, next, OptionalLong.empty());
    }

    /**
     * The page a request asks for out of a short list held whole, such as the issuers a member owns:
     * from the items the request skips, counted when it asks; a cursor is not followed in such a list.
     */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        List<T> items = all.stream().skip(request.skip()).limit(request.limit()).toList();
        Page<T> page = new Page<>(items, Optional.empty());
        return request.counted() ? page.withTotal(all.size()) : page;
    }

    /** The same page, telling how many items the whole list holds. */
    public Page<T> withTotal(long count) {
        return new Page<>(items, next, OptionalLong.of(count));
    }

    /** An empty last page. */
    public static <T> Page<T> empty() {
        return new Page<>(List.of(), Optional.empty());
    }

    /** The same page with every item mapped. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), next, total);
    }

    /** Whether another page follows. */
    public boolean hasNext() {
        return next.isPresent();
    }
}
