package dev.accolade.application.paging;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list, and the cursor of the next page when there is one.
 *
 * @param items the items on this page
 * @param next where the next page starts, empty on the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, Optional<Cursor> next) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
        requireNonNull(next, "next");
    }

    /** An empty last page. */
    public static <T> Page<T> empty() {
        return new Page<>(List.of(), Optional.empty());
    }

    /** The same page with every item mapped. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), next);
    }

    /** Whether another page follows. */
    public boolean hasNext() {
        return next.isPresent();
    }
}
