package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.credential.IssuerKeyRepository;
import dev.accolade.domain.common.SealedSecret;
import dev.accolade.domain.credential.IssuerKey;
import dev.accolade.domain.credential.KeyAlgorithm;
import dev.accolade.domain.issuer.IssuerId;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;

/** Issuers' signing keys in the {@code issuer_key} table, their private halves sealed. */
final class JdbiIssuerKeyRepository implements IssuerKeyRepository {

    private static final String COLUMNS = "issuer_id, algorithm, generation, public_key, sealed, created_at,"
            + " retired_at";
    private static final RowMapper<IssuerKey> KEY = (row, context) -> new IssuerKey(
            new IssuerId(row.getLong("issuer_id")), KeyAlgorithm.valueOf(row.getString("algorithm")),
            row.getInt("generation"), row.getString("public_key"), new SealedSecret(row.getString("sealed")),
            Rows.instant(row, "created_at"), Rows.optionalInstant(row, "retired_at"));

    private final JdbiTransactions transactions;

    JdbiIssuerKeyRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(IssuerKey key) {
        SqlErrors.guarded(() -> transactions.current().writing().createUpdate("INSERT INTO issuer_key (" + COLUMNS
                + ") VALUES (:issuer_id, :algorithm, :generation, :public_key, :sealed, :created_at, :retired_at)")
                .bind("issuer_id", key.issuer().value()).bind("algorithm", key.algorithm().name())
                .bind("generation", key.generation()).bind("public_key", key.publicKey())
                .bind("sealed", key.privateKey().value()).bind("created_at", key.createdAt())
                .bindByType("retired_at", key.retiredAt().orElse(null), Instant.class).execute());
    }

    @Override
    public void update(IssuerKey key) {
        Updates.expectOne("issuer key " + key, transactions.current().writing()
                .createUpdate("UPDATE issuer_key SET retired_at = :retired_at WHERE issuer_id = :issuer_id"
                        + " AND algorithm = :algorithm AND generation = :generation")
                .bind("issuer_id", key.issuer().value()).bind("algorithm", key.algorithm().name())
                .bind("generation", key.generation())
                .bindByType("retired_at", key.retiredAt().orElse(null), Instant.class).execute());
    }

    @Override
    public List<IssuerKey> findByIssuer(IssuerId issuer) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM issuer_key"
                + " WHERE issuer_id = :issuer_id ORDER BY algorithm, generation")
                .bind("issuer_id", issuer.value()).map(KEY).list();
    }
}
