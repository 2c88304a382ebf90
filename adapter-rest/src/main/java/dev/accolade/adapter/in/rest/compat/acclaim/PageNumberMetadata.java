package dev.accolade.adapter.in.rest.compat.acclaim;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The paging facts of an Acclaim list, named as the specification names them.
 *
 * @param count how many items this page holds
 * @param currentPage this page's number, from 1
 * @param totalCount how many items the whole list holds
 * @param totalPages how many pages the whole list fills, at least 1
 * @param per the page size
 * @param previousPageUrl the URL of the page before, null on the first
 * @param nextPageUrl the URL of the page after, null on the last
 */
public record PageNumberMetadata(int count, int currentPage, int totalCount, int totalPages, int per,
        String previousPageUrl, String nextPageUrl) {

    /** The metadata of one page of a list of this size, with URLs to its neighbours on this request's URL. */
    public static PageNumberMetadata of(Context ctx, PageNumbers page, int count, int totalCount) {
        int totalPages = Math.max(1, (totalCount + page.per() - 1) / page.per());
        String previous = page.page() > 1 && page.page() <= totalPages + 1 ? urlOf(ctx, page.page() - 1, page.per())
                : null;
        String next = page.page() < totalPages ? urlOf(ctx, page.page() + 1, page.per()) : null;
        return new PageNumberMetadata(count, page.page(), totalCount, totalPages, page.per(), previous, next);
    }

    private static String urlOf(Context ctx, int page, int per) {
        String others = ctx.queryParamMap().entrySet().stream()
                .filter(entry -> !entry.getKey().equals("page") && !entry.getKey().equals("per"))
                .flatMap(PageNumberMetadata::pairs).collect(Collectors.joining("&"));
        return ctx.url() + "?" + (others.isEmpty() ? "" : others + "&") + "page=" + page + "&per=" + per;
    }

    private static java.util.stream.Stream<String> pairs(Map.Entry<String, List<String>> entry) {
        return entry.getValue().stream().map(value -> encode(entry.getKey()) + "=" + encode(value));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
