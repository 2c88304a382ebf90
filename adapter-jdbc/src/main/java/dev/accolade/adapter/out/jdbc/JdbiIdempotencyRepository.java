package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.award.IdempotencyRecord.OutcomeKind;
import dev.accolade.application.port.out.award.IdempotencyRecord;
import dev.accolade.application.port.out.award.IdempotencyRepository;
import dev.accolade.domain.issuer.IssuerId;
import java.util.Optional;

/** First outcomes under idempotency keys in the {@code idempotency_record} table, keyed by issuer and key. */
final class JdbiIdempotencyRepository implements IdempotencyRepository {

    private final JdbiTransactions transactions;

    JdbiIdempotencyRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(IdempotencyRecord record) {
        SqlErrors.guarded(() -> transactions.current().writing().createUpdate("INSERT INTO idempotency_record"
                + " (issuer_id, idempotency_key, fingerprint, outcome, outcome_id, created_at)"
                + " VALUES (:issuer, :key, :fingerprint, :outcome, :outcome_id, :created)")
                .bind("issuer", record.issuer().value()).bind("key", record.key())
                .bind("fingerprint", record.fingerprint()).bind("outcome", record.outcome().name())
                .bind("outcome_id", record.outcomeId()).bind("created", record.createdAt()).execute());
    }

    @Override
    public Optional<IdempotencyRecord> find(IssuerId issuer, String key) {
        return transactions.current().reading().createQuery("SELECT issuer_id, idempotency_key, fingerprint, outcome,"
                + " outcome_id, created_at FROM idempotency_record"
                + " WHERE issuer_id = :issuer AND idempotency_key = :key")
                .bind("issuer", issuer.value()).bind("key", key)
                .map((row, context) -> new IdempotencyRecord(new IssuerId(row.getLong("issuer_id")),
                        row.getString("idempotency_key"), row.getString("fingerprint"),
                        OutcomeKind.valueOf(row.getString("outcome")), row.getLong("outcome_id"),
                        Rows.instant(row, "created_at")))
                .findOne();
    }
}
