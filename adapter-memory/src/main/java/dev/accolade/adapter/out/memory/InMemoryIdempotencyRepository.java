package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.award.IdempotencyRecord;
import dev.accolade.application.port.out.award.IdempotencyRepository;
import dev.accolade.domain.issuer.IssuerId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Idempotency records in memory, one per issuer and key. */
final class InMemoryIdempotencyRepository implements IdempotencyRepository {

    private final InMemoryDatabase database;
    private final Table<Map.Entry<IssuerId, String>, IdempotencyRecord> table;

    InMemoryIdempotencyRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = new Table<>(database, record -> Map.entry(record.issuer(), record.key()),
                "idempotency_key_taken", "The idempotency key is already recorded.", List.of());
    }

    @Override
    public void insert(IdempotencyRecord record) {
        database.write(() -> table.insert(record));
    }

    @Override
    public Optional<IdempotencyRecord> find(IssuerId issuer, String key) {
        return database.read(() -> table.get(Map.entry(issuer, key)));
    }
}
