package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.paging.Cursor;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * One way a repository lists something, on its first page or on the page after a cursor.
 *
 * @param name what is listed, for the test's name
 * @param table the table the list reads its rows from
 * @param use what an index must do for the list
 * @param afterCursor whether the page read is the one after a cursor rather than the first
 * @param list reads a page through the store of a database, inside a unit of work
 */
record ListQuery(String name, String table, IndexUse use, boolean afterCursor,
        BiFunction<PlanTestDatabase, PageRequest, Page<?>> list) {

    private static final int LIMIT = 20;
    private static final int SHORT_PAGE = 1;

    /** The first page and the page after a cursor of one list. */
    static Stream<ListQuery> bothPages(String name, String table, IndexUse use,
            BiFunction<PlanTestDatabase, PageRequest, Page<?>> list) {
        return Stream.of(new ListQuery(name + ", first page", table, use, false, list),
                new ListQuery(name + ", after a cursor", table, use, true, list));
    }

    /**
     * The page to read: the first, or the one after the cursor a short first page ends with, so that the
     * cursor points into the data as a client's would.
     */
    PageRequest page(PlanTestDatabase database) {
        if (!afterCursor) {
            return PageRequest.first(LIMIT);
        }
        Cursor cursor = list.apply(database, PageRequest.first(SHORT_PAGE)).next()
                .orElseThrow(() -> new IllegalStateException("the test data has no second page of " + name));
        return PageRequest.after(cursor, LIMIT);
    }

    /** Reads a page. */
    void read(PlanTestDatabase database, PageRequest page) {
        list.apply(database, page);
    }

    @Override
    public String toString() {
        return name;
    }
}
