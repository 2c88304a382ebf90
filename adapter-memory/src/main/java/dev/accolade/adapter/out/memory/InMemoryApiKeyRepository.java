package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.issuer.ApiKeyRepository;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.issuer.ApiKey;
import dev.accolade.domain.issuer.ApiKeyId;
import dev.accolade.domain.issuer.IssuerId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** API keys in memory, found by the hash of their secret. */
final class InMemoryApiKeyRepository implements ApiKeyRepository {

    private static final Unique<ApiKey> SECRET = new Unique<>("api_key_taken", "The API key already exists.",
            key -> Optional.of(key.secretHash()));

    private final InMemoryDatabase database;
    private final Table<ApiKeyId, ApiKey> table;

    InMemoryApiKeyRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = Tables.byId(database, ApiKey::id, List.of(SECRET));
    }

    @Override
    public void insert(ApiKey key) {
        database.write(() -> table.insert(key));
    }

    @Override
    public void update(ApiKey key) {
        database.write(() -> table.update(key));
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return database.read(() -> table.get(id));
    }

    @Override
    public Optional<ApiKey> findBySecretHash(SecretHash hash) {
        return database.read(() -> table.findUnique(SECRET, hash));
    }

    @Override
    public List<ApiKey> findByIssuer(IssuerId issuer) {
        return database.read(() -> table.rows().filter(key -> key.issuer().equals(issuer))
                .sorted(Comparator.comparing(ApiKey::createdAt).thenComparingLong(k -> k.id().value())).toList());
    }
}
