package dev.accolade.adapter.in.rest.compat.userbadges;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.domain.template.CustomFields;
import dev.accolade.domain.template.FieldValue;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A badge's custom fields under their own names. UserBadges lets a badge carry any field but the
 * ones its server keeps ({@code count}, {@code latest}, {@code globalCount}, {@code globalLatest};
 * {@code name} is the key): a field whose name only Accolade reserves for a template's own parts
 * ({@code title}, {@code status}, {@code id} …) is kept apart, inside the one custom field
 * {@value #APART}, and shown again under its own name.
 */
final class CustomFieldNames {

    /** The custom field that holds the fields whose names Accolade reserves, under those names. */
    static final String APART = "userbadges";

    private static final Set<String> MANAGED = Set.of("count", "latest", "globalcount", "globallatest", APART);

    private CustomFieldNames() {
    }

    /** The fields as a template keeps them; {@code custom_fields_reserved} for one the server keeps itself. */
    static Map<String, FieldValue> stored(Map<String, FieldValue> given) {
        Map<String, FieldValue> stored = new LinkedHashMap<>();
        Map<String, FieldValue> apart = new LinkedHashMap<>();
        given.forEach((name, value) -> {
            String folded = name.toLowerCase(Locale.ROOT);
            if (MANAGED.contains(folded)) {
                throw RequestRejected.badRequest("custom_fields_reserved",
                        "The server keeps the field '" + name + "' itself; a badge cannot set it.");
            }
            (CustomFields.RESERVED.contains(folded) ? apart : stored).put(name, value);
        });
        if (!apart.isEmpty()) {
            stored.put(APART, new FieldValue.ObjectValue(apart));
        }
        return stored;
    }

    /** The fields of a badge's JSON as the client gave them: those kept apart back under their own names. */
    static void shownIn(ObjectNode badge) {
        if (badge.get(APART) instanceof ObjectNode apart) {
            badge.remove(APART);
            badge.setAll(apart);
        }
    }
}
