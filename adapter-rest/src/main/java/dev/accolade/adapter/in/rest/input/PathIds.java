package dev.accolade.adapter.in.rest.input;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.domain.common.Ids;
import io.javalin.http.Context;

/** Reads numeric ids from a request path: positive whole numbers below 2^53, else a 400. */
public final class PathIds {

    private PathIds() {
    }

    /** The id in the path parameter with this name. */
    public static long of(Context ctx, String name) {
        return Ids.parse(ctx.pathParam(name)).orElseThrow(() -> RequestRejected.badRequest("id_invalid",
                "The " + name + " must be a positive whole number."));
    }
}
