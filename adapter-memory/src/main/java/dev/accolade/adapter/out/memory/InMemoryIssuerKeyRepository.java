package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.credential.IssuerKeyRepository;
import dev.accolade.domain.credential.IssuerKey;
import dev.accolade.domain.credential.KeyAlgorithm;
import dev.accolade.domain.issuer.IssuerId;
import java.util.Comparator;
import java.util.List;

/** Issuers' signing keys in memory, one per issuer, algorithm and generation, kept sealed. */
final class InMemoryIssuerKeyRepository implements IssuerKeyRepository {

    /** What identifies a key. */
    private record KeyId(IssuerId issuer, KeyAlgorithm algorithm, int generation) {
    }

    private final InMemoryDatabase database;
    private final Table<KeyId, IssuerKey> table;

    InMemoryIssuerKeyRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = new Table<>(database, key -> new KeyId(key.issuer(), key.algorithm(), key.generation()),
                "issuer_key_taken", "The issuer already has this key.", List.of());
    }

    @Override
    public void insert(IssuerKey key) {
        database.write(() -> table.insert(key));
    }

    @Override
    public void update(IssuerKey key) {
        database.write(() -> table.update(key));
    }

    @Override
    public List<IssuerKey> findByIssuer(IssuerId issuer) {
        return database.read(() -> table.rows().filter(key -> key.issuer().equals(issuer))
                .sorted(Comparator.comparing(IssuerKey::algorithm).thenComparingInt(IssuerKey::generation)).toList());
    }
}
