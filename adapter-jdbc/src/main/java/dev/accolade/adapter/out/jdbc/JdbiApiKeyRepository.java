package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.issuer.ApiKeyRepository;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.issuer.ApiKey;
import dev.accolade.domain.issuer.ApiKeyId;
import dev.accolade.domain.issuer.IssuerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Issuers' API keys in the {@code api_key} table, found by the hash of their secret. */
final class JdbiApiKeyRepository implements ApiKeyRepository {

    private static final String COLUMNS = "id, issuer_id, label, prefix, secret_hash, created_at, revoked_at";
    private static final RowMapper<ApiKey> KEY = (row, context) -> ApiKey.reconstitute(new ApiKeyId(row.getLong("id")),
            new IssuerId(row.getLong("issuer_id")), row.getString("label"), row.getString("prefix"),
            new SecretHash(row.getString("secret_hash")), Rows.instant(row, "created_at"),
            Rows.optionalInstant(row, "revoked_at"));

    private final JdbiTransactions transactions;

    JdbiApiKeyRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(ApiKey key) {
        SqlErrors.guarded(() -> transactions.current().writing().createUpdate("INSERT INTO api_key (" + COLUMNS
                + ") VALUES (:id, :issuer, :label, :prefix, :hash, :created, :revoked)")
                .bind("id", key.id().value()).bind("issuer", key.issuer().value()).bind("label", key.label())
                .bind("prefix", key.prefix()).bind("hash", key.secretHash().hex()).bind("created", key.createdAt())
                .bindByType("revoked", key.revokedAt().orElse(null), Instant.class).execute());
    }

    @Override
    public void update(ApiKey key) {
        Updates.expectOne("api key " + key.id().value(), SqlErrors.guarded(() -> transactions.current().writing()
                .createUpdate("UPDATE api_key SET issuer_id = :issuer, label = :label, prefix = :prefix,"
                        + " secret_hash = :hash, created_at = :created, revoked_at = :revoked WHERE id = :id")
                .bind("id", key.id().value()).bind("issuer", key.issuer().value()).bind("label", key.label())
                .bind("prefix", key.prefix()).bind("hash", key.secretHash().hex()).bind("created", key.createdAt())
                .bindByType("revoked", key.revokedAt().orElse(null), Instant.class).execute()));
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM api_key WHERE id = :id")
                .bind("id", id.value()).map(KEY).findOne();
    }

    @Override
    public Optional<ApiKey> findBySecretHash(SecretHash hash) {
        return transactions.current().reading()
                .createQuery("SELECT " + COLUMNS + " FROM api_key WHERE secret_hash = :hash")
                .bind("hash", hash.hex()).map(KEY).findOne();
    }

    @Override
    public List<ApiKey> findByIssuer(IssuerId issuer) {
        return transactions.current().reading()
                .createQuery("SELECT " + COLUMNS + " FROM api_key WHERE issuer_id = :issuer ORDER BY created_at, id")
                .bind("issuer", issuer.value()).map(KEY).list();
    }
}
