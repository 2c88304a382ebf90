package dev.accolade.adapter.in.rest.response;

/**
 * The paging facts of a list response.
 *
 * @param nextCursor the opaque cursor to pass as {@code cursor} for the next page, {@code null} on the last page
 * @param pageSize the largest number of items a page of this request holds
 */
public record PageMetadata(String nextCursor, int pageSize) {
}
