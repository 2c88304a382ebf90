package dev.accolade.adapter.in.rest.compat.acclaim;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.application.paging.PageRequest;
import io.javalin.http.Context;

/**
 * Acclaim's page-number paging over our lists: {@code page} (from 1) and {@code per} (default 50, at
 * most 100). The store skips the items before the page and counts the whole list in the same read,
 * so a page costs what it holds, not what precedes it.
 *
 * @param page the page asked for, from 1
 * @param per how many items a page holds
 */
public record PageNumbers(int page, int per) {

    /** The page size when none is asked for, as Acclaim's. */
    public static final int DEFAULT_PER = 50;
    /** The largest page size. */
    public static final int MAX_PER = PageRequest.MAX_LIMIT;

    /** Checks both numbers. */
    public PageNumbers {
        if (page < 1 || per < 1 || per > MAX_PER) {
            throw new IllegalArgumentException("a page is from 1, of 1 to " + MAX_PER + " items");
        }
    }

    /** The page a request asks for, or a 400 naming the bad parameter. */
    public static PageNumbers of(Context ctx) {
        return new PageNumbers(number(ctx.queryParam("page"), "page", 1, Integer.MAX_VALUE / MAX_PER),
                number(ctx.queryParam("per"), "per", DEFAULT_PER, MAX_PER));
    }

    /** The store's request for this page: the items before it skipped by the store, the whole list counted. */
    public PageRequest request() {
        return PageRequest.skipping((page - 1) * per, per).withTotal();
    }

    private static int number(String text, String name, int fallback, int max) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        if (text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')
                || Integer.parseInt(text) < 1 || Integer.parseInt(text) > max) {
            throw RequestRejected.badRequest(name + "_invalid",
                    "The " + name + " must be a whole number from 1 to " + max + ".");
        }
        return Integer.parseInt(text);
    }
}
