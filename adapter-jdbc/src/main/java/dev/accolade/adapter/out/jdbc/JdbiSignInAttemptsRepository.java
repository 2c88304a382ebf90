package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.session.SignInAttempts;
import dev.accolade.application.port.out.session.SignInAttemptsRepository;
import dev.accolade.domain.common.SecretHash;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.statement.Update;

/**
 * Sign-in counts in the {@code sign_in_attempt} table, one row per key. Each count changes in one statement:
 * on PostgreSQL an insert that updates the row already there, so that concurrent units all count; on H2,
 * where writers take turns, an update and, when no row was there, an insert.
 */
final class JdbiSignInAttemptsRepository implements SignInAttemptsRepository {

    private static final String FAILURES = "failures = CASE WHEN counted.last_failure_at >= :since"
            + " THEN counted.failures + 1 ELSE 1 END, last_failure_at = :at";
    private static final String SUCCESS = "failures = 0, last_success_at = :at";

    private final JdbiTransactions transactions;
    private final JdbcDialect dialect;

    JdbiSignInAttemptsRepository(JdbiTransactions transactions, JdbcDialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    @Override
    public Optional<SignInAttempts> find(SecretHash key) {
        return transactions.current().reading().createQuery("SELECT attempt_key, failures, last_failure_at,"
                + " last_success_at FROM sign_in_attempt WHERE attempt_key = :key").bind("key", key.hex())
                .map((row, context) -> new SignInAttempts(new SecretHash(row.getString("attempt_key")),
                        row.getInt("failures"), Rows.optionalInstant(row, "last_failure_at"),
                        Rows.optionalInstant(row, "last_success_at")))
                .findOne();
    }

    @Override
    public void countFailure(SecretHash key, Instant at, Instant countSince) {
        count(key, at, Optional.of(countSince), FAILURES, "1, :at, NULL");
    }

    @Override
    public void countSuccess(SecretHash key, Instant at) {
        count(key, at, Optional.empty(), SUCCESS, "0, NULL, :at");
    }

    @Override
    public int forget(Instant failuresBefore, Instant successesBefore) {
        return transactions.current().writing().createUpdate("DELETE FROM sign_in_attempt"
                + " WHERE (last_failure_at IS NULL OR last_failure_at < :failures)"
                + " AND (last_success_at IS NULL OR last_success_at < :successes)")
                .bind("failures", failuresBefore).bind("successes", successesBefore).execute();
    }

    private void count(SecretHash key, Instant at, Optional<Instant> since, String change, String firstValues) {
        String insert = "INSERT INTO sign_in_attempt AS counted (attempt_key, failures, last_failure_at,"
                + " last_success_at) VALUES (:key, " + firstValues + ")";
        if (!dialect.serializesWritersInProcess()) {
            Update upsert = transactions.current().writing().createUpdate(insert
                    + " ON CONFLICT (attempt_key) DO UPDATE SET " + change).bind("key", key.hex()).bind("at", at);
            since.ifPresent(instant -> upsert.bind("since", instant));
            upsert.execute();
            return;
        }
        Update update = transactions.current().writing().createUpdate("UPDATE sign_in_attempt counted SET " + change
                + " WHERE attempt_key = :key").bind("key", key.hex()).bind("at", at);
        since.ifPresent(instant -> update.bind("since", instant));
        if (update.execute() == 0) {
            transactions.current().writing().createUpdate(insert.replace(" AS counted", ""))
                    .bind("key", key.hex()).bind("at", at).execute();
        }
    }
}
