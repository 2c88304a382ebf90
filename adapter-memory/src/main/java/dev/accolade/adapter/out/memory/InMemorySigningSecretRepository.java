package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.issuer.SigningSecretRepository;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.SigningSecret;
import java.util.List;
import java.util.Optional;

/** Signing secrets in memory, one per issuer, kept sealed as the application hands them over. */
final class InMemorySigningSecretRepository implements SigningSecretRepository {

    private final InMemoryDatabase database;
    private final Table<IssuerId, SigningSecret> table;

    InMemorySigningSecretRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = new Table<>(database, SigningSecret::issuer, "duplicate_id", "The id is already in use.",
                List.of());
    }

    @Override
    public void save(SigningSecret secret) {
        database.write(() -> table.upsert(secret));
    }

    @Override
    public Optional<SigningSecret> find(IssuerId issuer) {
        return database.read(() -> table.get(issuer));
    }
}
