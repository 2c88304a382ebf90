package dev.accolade.adapter.in.rest.category;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.application.paging.Cursor;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.domain.category.Category;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a whole, ordered list of categories into pages: a cursor names the id of the last category
 * of the previous page, and the next page starts after it.
 */
public final class OrderedPages {

    private OrderedPages() {
    }

    /** The page the request asks for; a 400 when the cursor's category is no longer in the list. */
    public static Page<Category> of(List<Category> all, PageRequest request) {
        int start = request.after().map(cursor -> indexAfter(all, cursor)).orElse(0);
        int end = Math.min(all.size(), start + request.limit());
        List<Category> items = all.subList(start, end);
        Optional<Cursor> next = end < all.size()
                ? Optional.of(new Cursor("", items.get(items.size() - 1).id().value()))
                : Optional.empty();
        return new Page<>(items, next);
    }

    private static int indexAfter(List<Category> all, Cursor cursor) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().value() == cursor.id()) {
                return i + 1;
            }
        }
        throw RequestRejected.badRequest("cursor_invalid",
                "The cursor no longer matches the list, which changed; start again from the first page.");
    }
}
