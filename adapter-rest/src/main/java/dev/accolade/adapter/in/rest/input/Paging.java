package dev.accolade.adapter.in.rest.input;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.application.paging.Cursor;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.domain.error.DomainException;
import io.javalin.http.Context;

/**
 * Reads which page a list request asks for: {@code page_size} (default 20, at most 100) and the
 * opaque {@code cursor} a previous page gave out.
 */
public final class Paging {

    /** The query parameter for the page size. */
    public static final String PAGE_SIZE = "page_size";
    /** The query parameter for the cursor. */
    public static final String CURSOR = "cursor";

    private Paging() {
    }

    /** The page the request asks for, or a 400 naming the bad parameter. */
    public static PageRequest of(Context ctx) {
        int size = pageSize(ctx.queryParam(PAGE_SIZE));
        String token = ctx.queryParam(CURSOR);
        if (token == null || token.isEmpty()) {
            return PageRequest.first(size);
        }
        return PageRequest.after(cursor(token), size);
    }

    static int pageSize(String text) {
        if (text == null || text.isEmpty()) {
            return PageRequest.DEFAULT_LIMIT;
        }
        if (text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            throw outOfRange();
        }
        int size = Integer.parseInt(text);
        if (size < 1 || size > PageRequest.MAX_LIMIT) {
            throw outOfRange();
        }
        return size;
    }

    private static Cursor cursor(String token) {
        try {
            return Cursor.decode(token);
        } catch (DomainException e) {
            throw RequestRejected.badRequest("cursor_invalid", "The cursor is not one this server gave out.");
        }
    }

    private static RequestRejected outOfRange() {
        return RequestRejected.badRequest("page_size_invalid",
                "The " + PAGE_SIZE + " must be a whole number from 1 to " + PageRequest.MAX_LIMIT + ".");
    }
}
