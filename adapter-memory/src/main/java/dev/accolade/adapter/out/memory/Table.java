package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.UniqueConstraintViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Rows of one kind by primary key, with unique constraints kept in indexes. Every change is logged
 * for rollback in the running transaction. Callers hold the database's lock: reads inside
 * {@code readOnly} or a transaction, writes inside a transaction.
 *
 * @param <K> the primary key type
 * @param <V> the row type, immutable
 */
final class Table<K, V> {

    private final InMemoryDatabase database;
    private final Function<V, K> primaryKey;
    private final String duplicateKeyCode;
    private final String duplicateKeyMessage;
    private final List<Unique<V>> constraints;
    private final Map<K, V> rows = new HashMap<>();
    private final Map<Unique<V>, Map<Object, K>> indexes = new IdentityHashMap<>();

    /** A table whose primary-key collisions raise the given code, with unique constraints of their own. */
    Table(InMemoryDatabase database, Function<V, K> primaryKey, String duplicateKeyCode, String duplicateKeyMessage,
            List<Unique<V>> constraints) {
        this.database = database;
        this.primaryKey = primaryKey;
        this.duplicateKeyCode = duplicateKeyCode;
        this.duplicateKeyMessage = duplicateKeyMessage;
        this.constraints = List.copyOf(constraints);
        this.constraints.forEach(constraint -> indexes.put(constraint, new HashMap<>()));
    }

    /** The row with this key. */
    Optional<V> get(K key) {
        return Optional.ofNullable(rows.get(key));
    }

    /** Every row, in no particular order. */
    Stream<V> rows() {
        return new ArrayList<>(rows.values()).stream();
    }

    /** The row whose unique value under a constraint is this one. */
    Optional<V> findUnique(Unique<V> constraint, Object value) {
        return Optional.ofNullable(indexes.get(constraint).get(value)).map(rows::get);
    }

    /** Adds a row; its key must be new. */
    void insert(V row) {
        K key = primaryKey.apply(row);
        if (rows.containsKey(key)) {
            throw new UniqueConstraintViolation(duplicateKeyCode, duplicateKeyMessage);
        }
        checkConstraints(row, key);
        put(key, row);
    }

    /** Replaces the row with the same key, which must exist. */
    void update(V row) {
        K key = primaryKey.apply(row);
        if (!rows.containsKey(key)) {
            throw new IllegalStateException("no row to update with key " + key);
        }
        checkConstraints(row, key);
        put(key, row);
    }

    /** Adds a row or replaces the one with the same key. */
    void upsert(V row) {
        K key = primaryKey.apply(row);
        checkConstraints(row, key);
        put(key, row);
    }

    /** Removes the row with this key, if any. */
    void delete(K key) {
        if (rows.containsKey(key)) {
            put(key, null);
        }
    }

    private void checkConstraints(V row, K key) {
        for (Unique<V> constraint : constraints) {
            Optional<?> value = constraint.key().apply(row);
            if (value.isPresent()) {
                K holder = indexes.get(constraint).get(value.get());
                if (holder != null && !holder.equals(key)) {
                    throw new UniqueConstraintViolation(constraint.code(), constraint.message());
                }
            }
        }
    }

    private void put(K key, V row) {
        V before = rows.get(key);
        apply(key, row);
        database.logUndo(() -> apply(key, before));
    }

    private void apply(K key, V row) {
        V before = rows.get(key);
        if (before != null) {
            constraints.forEach(c -> c.key().apply(before).ifPresent(value -> indexes.get(c).remove(value)));
        }
        if (row == null) {
            rows.remove(key);
            return;
        }
        rows.put(key, row);
        constraints.forEach(c -> c.key().apply(row).ifPresent(value -> indexes.get(c).put(value, key)));
    }
}
