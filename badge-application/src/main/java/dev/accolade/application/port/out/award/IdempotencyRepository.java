package dev.accolade.application.port.out.award;

import dev.accolade.domain.issuer.IssuerId;
import java.util.Optional;

/** Stores the first outcome per idempotency key; a key is unique per issuer ({@code idempotency_key_taken}). */
public interface IdempotencyRepository {

    /** Records an outcome. */
    void insert(IdempotencyRecord record);

    /** The outcome recorded under an issuer's key. */
    Optional<IdempotencyRecord> find(IssuerId issuer, String key);
}
