package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.IdGeneratorPort;
import java.util.List;

/**
 * Ids from the database sequence {@code accolade_id}: unique across every process on the database, and
 * never handed out twice, even when the unit that drew one rolls back. Drawn only by writing units.
 */
final class JdbiIdGenerator implements IdGeneratorPort {

    private final JdbiTransactions transactions;
    private final JdbcDialect dialect;

    JdbiIdGenerator(JdbiTransactions transactions, JdbcDialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    @Override
    public long nextId() {
        return transactions.current().writing().createQuery(dialect.nextIdSql()).mapTo(Long.class).one();
    }

    /** Draws them all from the sequence in one query. */
    @Override
    public List<Long> nextIds(int count) {
        if (count <= 0) {
            return List.of();
        }
        String draw = dialect == JdbcDialect.H2 ? "SELECT NEXT VALUE FOR accolade_id FROM SYSTEM_RANGE(1, :count)"
                : "SELECT nextval('accolade_id') FROM generate_series(1, :count)";
        return transactions.current().writing().createQuery(draw).bind("count", count).mapTo(Long.class).list();
    }
}
