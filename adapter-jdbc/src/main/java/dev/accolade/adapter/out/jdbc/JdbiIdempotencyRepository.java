package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.application.port.out.award.IdempotencyRecord.OutcomeKind;
import dev.accolade.application.port.out.award.IdempotencyRecord;
import dev.accolade.application.port.out.award.IdempotencyRepository;
import dev.accolade.domain.issuer.IssuerId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * First outcomes under idempotency keys in the {@code idempotency_record} table, keyed by issuer and key.
 * On PostgreSQL a unit claims its key by inserting a {@code CLAIMED} row, which waits for a unit holding the
 * same key and never reads the index pages other keys live on, and completes the row with its outcome; a
 * claimed row is never committed. On H2, where writers take turns, a claim is a plain look-up.
 */
final class JdbiIdempotencyRepository implements IdempotencyRepository {

    private static final String CLAIMED = "CLAIMED";

    private final JdbiTransactions transactions;
    private final JdbcDialect dialect;

    JdbiIdempotencyRepository(JdbiTransactions transactions, JdbcDialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    @Override
    public void insert(IdempotencyRecord record) {
        int written = SqlErrors.guarded(() -> bound(transactions.current().writing().createUpdate(insertSql()),
                record).execute());
        if (written == 0) {
            throw taken();
        }
    }

    /** Sends the records as one prepared batch: a bulk award's thousand outcomes in one round of statements. */
    @Override
    public void insertAll(List<IdempotencyRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        PreparedBatch batch = transactions.current().writing().prepareBatch(insertSql());
        records.forEach(record -> bound(batch, record).add());
        int[] written = SqlErrors.guarded(() -> batch.execute());
        if (Arrays.stream(written).anyMatch(count -> count == 0)) {
            throw taken();
        }
    }

    private String insertSql() {
        String values = " VALUES (:issuer, :key, :fingerprint, :outcome, :outcome_id, :created)";
        return dialect.serializesWritersInProcess()
                ? "INSERT INTO idempotency_record (issuer_id, idempotency_key, fingerprint, outcome, outcome_id,"
                        + " created_at)" + values
                : "INSERT INTO idempotency_record AS existing (issuer_id, idempotency_key, fingerprint, outcome,"
                        + " outcome_id, created_at)" + values + " ON CONFLICT (issuer_id, idempotency_key) DO UPDATE"
                        + " SET fingerprint = EXCLUDED.fingerprint, outcome = EXCLUDED.outcome,"
                        + " outcome_id = EXCLUDED.outcome_id, created_at = EXCLUDED.created_at"
                        + " WHERE existing.outcome = '" + CLAIMED + "'";
    }

    private static <S extends SqlStatement<S>> S bound(S statement, IdempotencyRecord record) {
        return statement.bind("issuer", record.issuer().value()).bind("key", record.key())
                .bind("fingerprint", record.fingerprint()).bind("outcome", record.outcome().name())
                .bind("outcome_id", record.outcomeId()).bind("created", record.createdAt());
    }

    private static UniqueConstraintViolation taken() {
        return new UniqueConstraintViolation("idempotency_key_taken", "The idempotency key is already recorded.");
    }

    @Override
    public Optional<IdempotencyRecord> find(IssuerId issuer, String key) {
        return transactions.current().reading().createQuery("SELECT issuer_id, idempotency_key, fingerprint, outcome,"
                + " outcome_id, created_at FROM idempotency_record"
                + " WHERE issuer_id = :issuer AND idempotency_key = :key")
                .bind("issuer", issuer.value()).bind("key", key)
                .map((row, context) -> new IdempotencyRecord(new IssuerId(row.getLong("issuer_id")),
                        row.getString("idempotency_key"), row.getString("fingerprint"),
                        outcomeOf(row.getString("outcome")), row.getLong("outcome_id"),
                        Rows.instant(row, "created_at")))
                .findOne();
    }

    @Override
    public Optional<IdempotencyRecord> claim(IssuerId issuer, String key) {
        if (dialect.serializesWritersInProcess()) {
            return find(issuer, key);
        }
        int claimed = transactions.current().writing().createUpdate("INSERT INTO idempotency_record (issuer_id,"
                + " idempotency_key, fingerprint, outcome, outcome_id, created_at)"
                + " VALUES (:issuer, :key, '', '" + CLAIMED + "', 0, :created) ON CONFLICT DO NOTHING")
                .bind("issuer", issuer.value()).bind("key", key).bind("created", Instant.EPOCH).execute();
        return claimed == 1 ? Optional.empty() : find(issuer, key);
    }

    private static OutcomeKind outcomeOf(String stored) {
        if (CLAIMED.equals(stored)) {
            throw new IllegalStateException("an idempotency key was claimed by a unit of work that committed"
                    + " without recording its outcome");
        }
        return OutcomeKind.valueOf(stored);
    }
}
