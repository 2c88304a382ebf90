package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.paging.Cursor;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.domain.error.DomainException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Keyset paging on (sort value, id): the condition that starts a page after its cursor, written so
 * that an index on (sort value, id) serves both the range and the order, and the page built from one
 * row more than asked for. A keyset page never uses OFFSET; only a page that a dialect numbering its
 * pages asks for by position does, so that the database passes over the rows before it and nothing
 * else reads them.
 *
 * @param <K> the type of the sort value
 */
final class Keyset<K> {

    private static final String KEY = "keyset_key";
    private static final String ID = "keyset_id";
    private static final String LIMIT = "keyset_limit";
    private static final String SKIP = "keyset_skip";

    private final Optional<String> sortColumn;
    private final String idColumn;
    private final SortDirection direction;
    private final PageRequest page;
    private final Function<K, String> format;
    private final Optional<K> afterKey;
    private final Optional<String> leadingColumn;

    private Keyset(Optional<String> sortColumn, String idColumn, SortDirection direction, PageRequest page,
            Function<K, String> format, Function<String, K> parse) {
        this(sortColumn, idColumn, direction, page, format, page.after().map(cursor -> parsed(parse, cursor)),
                Optional.empty());
    }

    private Keyset(Optional<String> sortColumn, String idColumn, SortDirection direction, PageRequest page,
            Function<K, String> format, Optional<K> afterKey, Optional<String> leadingColumn) {
        this.sortColumn = sortColumn;
        this.idColumn = idColumn;
        this.direction = direction;
        this.page = page;
        this.format = format;
        this.afterKey = afterKey;
        this.leadingColumn = leadingColumn;
    }

    /** Paging by a time column, then id. */
    static Keyset<Instant> byTime(String column, String idColumn, SortDirection direction, PageRequest page) {
        return new Keyset<>(Optional.of(column), idColumn, direction, page, Instant::toString, Instant::parse);
    }

    /** Paging by a text column, then id. */
    static Keyset<String> byText(String column, String idColumn, SortDirection direction, PageRequest page) {
        return new Keyset<>(Optional.of(column), idColumn, direction, page, Function.identity(), Function.identity());
    }

    /** Paging by id alone. */
    static Keyset<String> byId(String idColumn, SortDirection direction, PageRequest page) {
        return new Keyset<>(Optional.empty(), idColumn, direction, page, key -> "", Function.identity());
    }

    /**
     * The same paging with the order led by a column the selection holds to one value: the order is the
     * same, but a database that only reads an index in order when the ORDER BY starts with the index's
     * first column (H2) can then read the index on (column, sort value, id) in order and stop at the
     * limit, instead of sorting every row of that value.
     */
    Keyset<K> ledBy(Optional<String> column) {
        return new Keyset<>(sortColumn, idColumn, direction, page, format, afterKey, column);
    }

    /**
     * Reads one page of a selection, {@code SELECT columns FROM from WHERE where}, in this keyset's
     * order: after the cursor, or past the rows the request skips; and, when the request is counted,
     * the size of the whole selection with one {@code COUNT(*)} over the same conditions.
     */
    <T> Page<T> page(Handle handle, String columns, String from, Conditions where, RowMapper<T> mapper,
            Function<T, K> key, ToLongFunction<T> id) {
        Query query = where.bound(handle.createQuery("SELECT " + columns + " FROM " + from + " WHERE " + where
                + " AND " + after() + orderAndLimit()));
        page.after().ifPresent(cursor -> query.bind(ID, cursor.id()));
        afterKey.filter(value -> sortColumn.isPresent()).ifPresent(value -> query.bind(KEY, value));
        query.bind(LIMIT, page.limit() + 1);
        if (page.skip() > 0) {
            query.bind(SKIP, page.skip());
        }
        List<T> rows = query.map(mapper).list();
        Page<T> found = cut(rows, key, id);
        if (!page.counted()) {
            return found;
        }
        return found.withTotal(where.bound(handle.createQuery("SELECT COUNT(*) FROM " + from + " WHERE " + where))
                .mapTo(Long.class).one());
    }

    /** The condition that selects the rows after the cursor; always true on a first page. */
    private String after() {
        if (page.after().isEmpty()) {
            return "1 = 1";
        }
        String beyond = direction == SortDirection.ASC ? ">" : "<";
        String idBeyond = idColumn + " " + beyond + " :" + ID;
        return sortColumn.map(column -> "(" + column + " " + beyond + "= :" + KEY + " AND (" + column + " " + beyond
                + " :" + KEY + " OR " + idBeyond + "))").orElse(idBeyond);
    }

    /**
     * The ORDER BY and LIMIT that end the query, the limit one more than the page to tell whether more
     * follow; an OFFSET only for a page a dialect asks for by position, never for a keyset page.
     */
    private String orderAndLimit() {
        String order = direction == SortDirection.ASC ? "ASC" : "DESC";
        return " ORDER BY " + leadingColumn.map(column -> column + " " + order + ", ").orElse("")
                + sortColumn.map(column -> column + " " + order + ", ").orElse("") + idColumn + " "
                + order + " LIMIT :" + LIMIT + (page.skip() > 0 ? " OFFSET :" + SKIP : "");
    }

    /** The page of the rows read, with the cursor of its last row when more follow. */
    private <T> Page<T> cut(List<T> rows, Function<T, K> key, ToLongFunction<T> id) {
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, Optional.empty());
        }
        List<T> items = rows.subList(0, page.limit());
        T last = items.get(items.size() - 1);
        return new Page<>(items, Optional.of(new Cursor(format.apply(key.apply(last)), id.applyAsLong(last))));
    }

    private static <K> K parsed(Function<String, K> parse, Cursor cursor) {
        try {
            return parse.apply(cursor.key());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("cursor_invalid", "The cursor does not belong to this list.");
        }
    }
}
