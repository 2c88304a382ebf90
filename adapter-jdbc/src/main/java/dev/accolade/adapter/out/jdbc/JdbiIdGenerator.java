package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.IdGeneratorPort;

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
}
