package dev.accolade.adapter.out.memory;

import java.util.Optional;
import java.util.function.Function;

/**
 * A unique constraint over the rows of a table: rows whose key is present may not share it.
 *
 * @param code the stable code of the violation
 * @param message the violation in words
 * @param key the constrained value of a row, empty when the row is not constrained
 * @param <V> the row type
 */
record Unique<V>(String code, String message, Function<V, Optional<?>> key) {
}
