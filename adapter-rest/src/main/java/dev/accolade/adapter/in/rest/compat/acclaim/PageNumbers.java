package dev.accolade.adapter.in.rest.compat.acclaim;

import dev.accolade.adapter.in.rest.error.RequestRejected;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Acclaim's page-number paging over our keyset lists: {@code page} (from 1) and {@code per} (default
 * 50, at most 100). The whole selection is read through its keyset pages, so that the total is known,
 * and the asked page is cut from it: a cost that grows with the list, the price of page numbers.
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

    /** Every item a keyset list holds, read page by page. */
    public static <T> List<T> all(Function<PageRequest, Page<T>> reader) {
        List<T> items = new ArrayList<>();
        Page<T> page = reader.apply(PageRequest.first(PageRequest.MAX_LIMIT));
        items.addAll(page.items());
        while (page.next().isPresent()) {
            page = reader.apply(PageRequest.after(page.next().get(), PageRequest.MAX_LIMIT));
            items.addAll(page.items());
        }
        return items;
    }

    /** The items of this page out of the whole selection. */
    public <T> List<T> slice(List<T> all) {
        long from = (long) (page - 1) * per;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + per));
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
