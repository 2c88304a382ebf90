package dev.accolade.application.port.out.award;

import dev.accolade.domain.issuer.IssuerId;
import java.util.List;
import java.util.Optional;

/** Stores the first outcome per idempotency key; a key is unique per issuer ({@code idempotency_key_taken}). */
public interface IdempotencyRepository {

    /**
     * Records an outcome: under a key this unit of work {@link #claim claimed}, it completes the claim; under
     * a key another unit recorded first, {@code idempotency_key_taken}.
     */
    void insert(IdempotencyRecord record);

    /** Records outcomes as {@link #insert} records each; a store may send them together. */
    default void insertAll(List<IdempotencyRecord> records) {
        records.forEach(this::insert);
    }

    /** The outcome recorded under an issuer's key. */
    Optional<IdempotencyRecord> find(IssuerId issuer, String key);

    /**
     * Looks a key up for a unit of work that will record its outcome under it: the record an earlier unit
     * made, or empty, and then the key is held for this unit until it ends, which must {@link #insert record}
     * its outcome or fail. A store whose writers would conflict over reading the same key range (PostgreSQL's
     * serializable transactions) claims the key with a write instead of a read, so that units using distinct
     * keys never conflict; elsewhere this is {@link #find}.
     */
    default Optional<IdempotencyRecord> claim(IssuerId issuer, String key) {
        return find(issuer, key);
    }
}
