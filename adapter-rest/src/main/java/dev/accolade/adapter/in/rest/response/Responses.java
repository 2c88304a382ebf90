package dev.accolade.adapter.in.rest.response;

import dev.accolade.application.paging.Cursor;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.function.Function;

/** Writes successful responses in the native API's envelope. */
public final class Responses {

    private Responses() {
    }

    /** 200 with one resource. */
    public static void ok(Context ctx, Object data) {
        ctx.status(HttpStatus.OK).json(Envelope.of(data));
    }

    /** 201 with the new resource and its address in {@code Location}. */
    public static void created(Context ctx, String location, Object data) {
        ctx.header("Location", location).status(HttpStatus.CREATED).json(Envelope.of(data));
    }

    /** 200 with one page of a list and where the next page starts. */
    public static <T, R> void page(Context ctx, Page<T> page, PageRequest request, Function<T, R> mapper) {
        List<R> items = page.items().stream().map(mapper).toList();
        String next = page.next().map(Cursor::encode).orElse(null);
        ctx.status(HttpStatus.OK).json(new Envelope<>(items, new PageMetadata(next, request.limit())));
    }

    /** 200 with a whole, unpaged list. */
    public static <T, R> void list(Context ctx, List<T> all, Function<T, R> mapper) {
        List<R> items = all.stream().map(mapper).toList();
        ctx.status(HttpStatus.OK).json(new Envelope<>(items, new PageMetadata(null, items.size())));
    }
}
