package dev.accolade.adapter.in.rest.category;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.application.category.CategoryRelation;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the required {@code relation} query parameter of a hierarchy request. */
public final class RelationParameter {

    /** The query parameter's name. */
    public static final String RELATION = "relation";

    private RelationParameter() {
    }

    /** The relation; a 400 when it is missing or not one of the accepted values. */
    public static CategoryRelation of(Context ctx) {
        String text = ctx.queryParam(RELATION);
        if (text == null || text.isBlank()) {
            throw RequestRejected.missingParameter(RELATION);
        }
        return Arrays.stream(CategoryRelation.values()).filter(relation -> wireName(relation).equals(text))
                .findFirst().orElseThrow(() -> RequestRejected.badRequest("relation_invalid",
                        "The relation must be one of: " + accepted() + "."));
    }

    /** The relation as the API spells it, such as {@code siblings_next}. */
    public static String wireName(CategoryRelation relation) {
        return relation.name().toLowerCase(Locale.ROOT);
    }

    private static String accepted() {
        return Arrays.stream(CategoryRelation.values()).map(RelationParameter::wireName)
                .collect(Collectors.joining(", "));
    }
}
