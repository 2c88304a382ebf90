package dev.accolade.adapter.in.rest.template;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.adapter.in.rest.input.Paging;
import dev.accolade.adapter.in.rest.input.QueryParams;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TemplateSort;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.FindTemplatesQuery;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.TemplateStatus;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the query parameters of {@code GET /v1/templates}: {@code issuer_id}, {@code category_ids}
 * (comma-separated), {@code status}, {@code since} and {@code before} (creation time), {@code q} (title
 * search), {@code sort}, {@code direction} and the page. A value it cannot
 * read is a 400 naming the parameter.
 */
public final class TemplateFilters {

    /** The most category ids one query may name. */
    static final int MAX_CATEGORIES = 100;

    private static final int MAX_ID_DIGITS = 16;

    private TemplateFilters() {
    }

    /** The query this request asks for. */
    public static FindTemplatesQuery of(Context ctx, Actor actor) {
        IssuerId issuer = optional(ctx, "issuer_id", text -> new IssuerId(id(text, "issuer_id")));
        Set<CategoryId> categories = optional(ctx, "category_ids", TemplateFilters::categories);
        TemplateStatus status = optional(ctx, "status", text -> named(TemplateStatus.class, text, "status"));
        TemplateSort sort = optional(ctx, "sort", text -> named(TemplateSort.class, text, "sort"));
        SortDirection direction = optional(ctx, "direction",
                text -> named(SortDirection.class, text, "direction"));
        return FindTemplatesQuery.all(actor, Paging.of(ctx)).ofIssuer(issuer).inCategories(categories)
                .withStatus(status).createdWithin(QueryParams.window(ctx)).titled(QueryParams.titleSearch(ctx))
                .sortedBy(sort, direction);
    }

    private static <T> T optional(Context ctx, String name, Function<String, T> reader) {
        String text = ctx.queryParam(name);
        return text == null || text.isEmpty() ? null : reader.apply(text);
    }

    private static Set<CategoryId> categories(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length > MAX_CATEGORIES) {
            throw RequestRejected.badRequest("parameter_invalid",
                    "The category_ids may name at most " + MAX_CATEGORIES + " categories.");
        }
        return Arrays.stream(parts).map(part -> new CategoryId(id(part.trim(), "category_ids")))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static long id(String text, String name) {
        boolean digits = !text.isEmpty() && text.length() <= MAX_ID_DIGITS && text.chars().allMatch(Character::isDigit);
        long value = digits ? Long.parseLong(text) : 0;
        if (value < 1 || value >= (1L << 53)) {
            throw RequestRejected.badRequest("parameter_invalid",
                    "The " + name + " must be positive whole numbers below 2^53.");
        }
        return value;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String text, String name) {
        String wanted = text.toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(wanted)).findFirst()
                .orElseThrow(() -> RequestRejected.badRequest("parameter_invalid", "The " + name
                        + " must be one of " + Arrays.stream(type.getEnumConstants())
                                .map(value -> value.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", ")) + "."));
    }
}
