package dev.accolade.adapter.in.rest.request;

import dev.accolade.adapter.in.rest.error.RequestRejected;
import io.javalin.http.Context;

/** Reads numeric ids from a request path: positive whole numbers below 2^53, else a 400. */
public final class PathIds {

    private static final long MAX_ID = (1L << 53) - 1;
    private static final int MAX_DIGITS = 16;

    private PathIds() {
    }

    /** The id in the path parameter with this name. */
    public static long of(Context ctx, String name) {
        return parse(ctx.pathParam(name), name);
    }

    /** The id in this text, named for the message. */
    static long parse(String text, String name) {
        if (text == null || text.isEmpty() || text.length() > MAX_DIGITS || !text.chars().allMatch(Character::isDigit)) {
            throw invalid(name);
        }
        long id = Long.parseLong(text);
        if (id < 1 || id > MAX_ID) {
            throw invalid(name);
        }
        return id;
    }

    private static RequestRejected invalid(String name) {
        return RequestRejected.badRequest("id_invalid", "The " + name + " must be a positive whole number.");
    }
}
