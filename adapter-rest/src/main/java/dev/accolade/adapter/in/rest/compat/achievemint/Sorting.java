package dev.accolade.adapter.in.rest.compat.achievemint;

import dev.accolade.application.paging.SortDirection;
import dev.accolade.domain.error.DomainException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code sort} and {@code order} parameters of the list methods. */
final class Sorting {

    private Sorting() {
    }

    /** The sort key named by {@code sort}, from the method's own names; empty when absent. */
    static <K> Optional<K> key(Parameters parameters, Map<String, K> keys) {
        return parameters.text("sort").map(text -> {
            K key = keys.get(text.strip().toLowerCase(Locale.ROOT));
            if (key == null) {
                throw DomainException.invalid("sort_invalid",
                        "The sort must be one of: " + String.join(", ", keys.keySet().stream().sorted().toList())
                                + ".");
            }
            return key;
        });
    }

    /** The direction named by {@code order} ({@code asc} or {@code desc}); empty when absent. */
    static Optional<SortDirection> order(Parameters parameters) {
        return parameters.text("order").map(text -> Arrays.stream(SortDirection.values())
                .filter(direction -> direction.name().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> DomainException.invalid("order_invalid", "The order must be asc or desc.")));
    }
}
