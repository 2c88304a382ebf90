package dev.accolade.adapter.in.rest.compat.acclaim;

import dev.accolade.adapter.in.rest.response.Envelope;
import dev.accolade.application.paging.Page;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.function.Function;

/** Writes the Acclaim dialect's responses: resources wrapped as {@code {data, metadata}}, and errors. */
final class AcclaimReplies {

    private static final String JSON_SUFFIX = ".json";

    private AcclaimReplies() {
    }

    /** 200 with one resource. */
    static void ok(Context ctx, Object data) {
        ctx.status(HttpStatus.OK).json(Envelope.of(data));
    }

    /** 201 with the new resource and its URL, under the collection the request posted to, in {@code Location}. */
    static void created(Context ctx, String id, Object data) {
        String collection = ctx.url().endsWith(JSON_SUFFIX)
                ? ctx.url().substring(0, ctx.url().length() - JSON_SUFFIX.length()) : ctx.url();
        ctx.header("Location", collection + "/" + id).status(HttpStatus.CREATED).json(Envelope.of(data));
    }

    /** 200 with the asked page of a list and its paging metadata, from the store's counted page. */
    static <T, R> void page(Context ctx, PageNumbers numbers, Page<T> page, Function<T, R> mapper) {
        List<R> items = page.items().stream().map(mapper).toList();
        int total = (int) Math.min(Integer.MAX_VALUE, page.total().orElseThrow());
        ctx.status(HttpStatus.OK).json(new Envelope<>(items, PageNumberMetadata.of(ctx, numbers, items.size(), total)));
    }

    /** A path parameter without the {@code .json} suffix a client may add. */
    static String pathParam(Context ctx, String name) {
        String value = ctx.pathParam(name);
        return value.endsWith(JSON_SUFFIX) ? value.substring(0, value.length() - JSON_SUFFIX.length()) : value;
    }
}
