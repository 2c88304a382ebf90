package dev.accolade.adapter.in.rest.compat.mcserver;

import dev.accolade.application.paging.Cursor;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.template.TitleSearch;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;

/**
 * A list's query parameters as the specification has them: {@code q}, {@code size} (default 10, at
 * most 50), the opaque {@code cursor}, {@code since} (inclusive) and {@code before} (exclusive).
 *
 * @param text the search, if any
 * @param page the page asked for
 * @param window the time window
 */
record McServerListParameters(Optional<TitleSearch> text, PageRequest page, TimeWindow window) {

    /** The page size when none is asked for. */
    static final int DEFAULT_SIZE = 10;
    /** The largest page size. */
    static final int MAX_SIZE = 50;

    /** The parameters of a request; a bad one is a 400 with a message. */
    static McServerListParameters of(Context ctx) {
        Optional<TitleSearch> text = present(ctx, "q").map(TitleSearch::new);
        int size = present(ctx, "size").map(McServerListParameters::size).orElse(DEFAULT_SIZE);
        Optional<Cursor> cursor = present(ctx, "cursor").map(Cursor::decode);
        Instant since = present(ctx, "since").map(value -> McServerTimes.parse(value, "since")).orElse(null);
        Instant before = present(ctx, "before").map(value -> McServerTimes.parse(value, "before")).orElse(null);
        return new McServerListParameters(text, new PageRequest(cursor, size), TimeWindow.between(since, before));
    }

    private static int size(String text) {
        try {
            int size = Integer.parseInt(text);
            if (size >= 1 && size <= MAX_SIZE) {
                return size;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as any size out of range
        }
        throw DomainException.invalid("size_invalid", "The parameter size must be a whole number from 1 to "
                + MAX_SIZE + ".");
    }

    private static Optional<String> present(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(value -> !value.isBlank());
    }
}
