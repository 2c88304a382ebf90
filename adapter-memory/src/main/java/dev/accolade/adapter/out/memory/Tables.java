package dev.accolade.adapter.out.memory;

import java.util.List;
import java.util.function.Function;

/** Shortcuts for declaring tables whose primary keys are generated ids. */
final class Tables {

    private Tables() {
    }

    /** A table keyed by a generated id, with unique constraints. */
    static <K, V> Table<K, V> byId(InMemoryDatabase database, Function<V, K> id, List<Unique<V>> constraints) {
        return new Table<>(database, id, "duplicate_id", "The id is already in use.", constraints);
    }
}
