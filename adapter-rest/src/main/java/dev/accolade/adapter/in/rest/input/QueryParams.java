package dev.accolade.adapter.in.rest.input;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.domain.common.Check;
import dev.accolade.domain.common.Ids;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.template.TitleSearch;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads optional query parameters of list requests; a malformed one is a 400 that names it. */
public final class QueryParams {

    /** The parameter that starts a list's time window, inclusive. */
    private static final String SINCE = "since";
    /** The parameter that ends a list's time window, exclusive. */
    private static final String BEFORE = "before";
    /** The parameter that searches titles. */
    private static final String Q = "q";

    private QueryParams() {
    }

    /** The enum constant named, case-insensitively, by the parameter; {@code null} when absent. */
    public static <E extends Enum<E>> E enumOf(Context ctx, String name, Class<E> type) {
        String text = text(ctx, name);
        if (text == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equalsIgnoreCase(text))
                .findFirst().orElseThrow(() -> invalid(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                        .map(value -> value.name().toLowerCase(Locale.ROOT)).toList()));
    }

    /** The instant in the parameter, between the years 1 and 9999; {@code null} when absent. */
    public static Instant instant(Context ctx, String name) {
        String text = text(ctx, name);
        if (text == null) {
            return null;
        }
        Instant instant = Instants.tryParse(text).orElseThrow(() -> invalid(name,
                "must be an ISO-8601 date and time with an offset, such as 2030-01-31T12:00:00Z"));
        try {
            return Check.instant(instant, name);
        } catch (DomainException e) {
            throw invalid(name, "must lie between the years 1 and 9999");
        }
    }

    /** The half-open window from {@code since} (inclusive) to {@code before} (exclusive); open where absent. */
    public static TimeWindow window(Context ctx) {
        return TimeWindow.between(instant(ctx, SINCE), instant(ctx, BEFORE));
    }

    /** The title search in {@code q}, a line of 1 to 100 characters once trimmed; {@code null} when absent. */
    public static TitleSearch titleSearch(Context ctx) {
        String text = text(ctx, Q);
        if (text == null) {
            return null;
        }
        try {
            return new TitleSearch(text);
        } catch (DomainException e) {
            throw invalid(Q, "must be 1 to " + TitleSearch.MAX_LENGTH + " characters of text on one line");
        }
    }

    /** The id in the parameter; {@code null} when absent. */
    public static Long id(Context ctx, String name) {
        String text = text(ctx, name);
        return text == null ? null : id(text, name);
    }

    /** Every id in the parameter, repeated or comma-separated. */
    public static List<Long> ids(Context ctx, String name) {
        return ctx.queryParams(name).stream().flatMap(value -> Arrays.stream(value.split(",", -1)))
                .map(value -> id(value.strip(), name)).toList();
    }

    /** The boolean in the parameter, {@code false} when absent. */
    public static boolean flag(Context ctx, String name) {
        String text = text(ctx, name);
        if (text == null || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw invalid(name, "must be true or false");
    }

    /** The identity in the canonical key of the parameter; {@code null} when absent. */
    public static Identity identity(Context ctx, String name) {
        String text = text(ctx, name);
        return text == null ? null : identity(text, name);
    }

    /** Every identity in the repeated parameter. */
    public static List<Identity> identities(Context ctx, String name) {
        return ctx.queryParams(name).stream().map(value -> identity(value, name)).toList();
    }

    private static Identity identity(String text, String name) {
        try {
            return Identity.parse(text);
        } catch (DomainException e) {
            throw invalid(name, "must be an identity key such as member:42, email:ada@example.org or "
                    + "handle:minecraft/steve");
        }
    }

    private static long id(String text, String name) {
        return Ids.parse(text).orElseThrow(() -> invalid(name, "must be a positive whole number"));
    }

    private static String text(Context ctx, String name) {
        String text = ctx.queryParam(name);
        return text == null || text.isEmpty() ? null : text;
    }

    private static RequestRejected invalid(String name, String rule) {
        return RequestRejected.badRequest("parameter_invalid", "The parameter " + name + " " + rule + ".");
    }
}
