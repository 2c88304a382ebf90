package dev.accolade.adapter.in.rest.compat.userbadges;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The {@code sort} parameter: {@code name}, {@code count} or {@code date} (the latest award), a
 * leading {@code -} for descending. Ties go by name, then keep their order; never awarded sorts as
 * oldest. Absent means the order things were created in.
 *
 * @param key what to sort by, empty for creation order
 * @param descending whether the largest comes first
 */
record BadgeSort(Optional<Key> key, boolean descending) {

    /** What to sort by. */
    enum Key {
        /** By name. */
        NAME,
        /** By how many awards. */
        COUNT,
        /** By the latest award. */
        DATE
    }

    /** The sort a parameter names; a 400 for anything else. */
    static BadgeSort parse(String parameter) {
        if (parameter == null || parameter.isEmpty()) {
            return new BadgeSort(Optional.empty(), false);
        }
        boolean descending = parameter.startsWith("-");
        String name = descending ? parameter.substring(1) : parameter;
        for (Key key : Key.values()) {
            if (key.name().toLowerCase(Locale.ROOT).equals(name)) {
                return new BadgeSort(Optional.of(key), descending);
            }
        }
        throw RequestRejected.badRequest("sort_invalid",
                "Invalid sort method; use name, -name, count, -count, date or -date.");
    }

    /** The items in this order, each read through the three accessors. */
    <T> List<T> apply(List<T> items, Function<T, String> name, ToLongFunction<T> count,
            Function<T, Optional<Instant>> latest) {
        if (key.isEmpty()) {
            return items;
        }
        Comparator<T> order;
        switch (key.get()) {
            case COUNT:
                order = Comparator.comparingLong(count);
                break;
            case DATE:
                order = Comparator.comparing(item -> latest.apply(item).orElse(Instant.MIN));
                break;
            default:
                order = Comparator.comparing(name);
                break;
        }
        Comparator<T> directed = descending ? order.reversed() : order;
        return items.stream().sorted(directed.thenComparing(name)).toList();
    }
}
