package dev.accolade.adapter.out.jdbc;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/** What differs between the databases the store runs on: column types, sequences, ordering of text, retries. */
public enum JdbcDialect {

    /** H2, embedded: one writer at a time in this process, snapshot reads. */
    H2("CHARACTER LARGE OBJECT", "SELECT NEXT VALUE FOR accolade_id", "", "%s", Set.of()),

    /** PostgreSQL: serializable writers retried on serialization failures and deadlocks. */
    POSTGRESQL("JSONB", "SELECT nextval('accolade_id')", "COLLATE \"C\"", "CAST(%s AS JSONB)",
            Set.of("40001", "40P01"));

    private final String jsonType;
    private final String nextIdSql;
    private final String binaryCollation;
    private final String jsonParameter;
    private final Set<String> retryableStates;

    JdbcDialect(String jsonType, String nextIdSql, String binaryCollation, String jsonParameter,
            Set<String> retryableStates) {
        this.jsonType = jsonType;
        this.nextIdSql = nextIdSql;
        this.binaryCollation = binaryCollation;
        this.jsonParameter = jsonParameter;
        this.retryableStates = retryableStates;
    }

    /** The dialect of a JDBC URL; only H2 and PostgreSQL are supported. */
    public static JdbcDialect of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL (use jdbc:h2:… or jdbc:postgresql:…): "
                + JdbcSettings.redact(jdbcUrl));
    }

    /**
     * The table reference {@code table alias}, told to read through the named index where the database
     * needs telling: H2 plans an equality on a column through the first index that starts with it (often
     * the one its foreign key made), and then sorts every matching row instead of reading the index on
     * (column, time, id) in order; PostgreSQL weighs them itself.
     */
    String throughIndex(String tableAndAlias, String index) {
        return this == H2 ? tableAndAlias + " USE INDEX (" + index + ")" : tableAndAlias;
    }

    /** The Flyway placeholders the migrations use. */
    Map<String, String> placeholders() {
        return Map.of("json", jsonType, "binary", binaryCollation);
    }

    /** The query that draws one id from the sequence. */
    String nextIdSql() {
        return nextIdSql;
    }

    /** A named JSON parameter, cast where the database will not take text for a JSON column. */
    String json(String parameter) {
        return String.format(jsonParameter, ":" + parameter);
    }

    /** Whether a failure with this SQLSTATE means the whole transaction may succeed when run again. */
    boolean isRetryable(String sqlState) {
        return sqlState != null && retryableStates.contains(sqlState);
    }

    /** Whether writers are serialized in this process rather than by the database. */
    boolean serializesWritersInProcess() {
        return this == H2;
    }

    /**
     * The isolation of writing units: READ COMMITTED on H2, where this process lets one writer run at a
     * time, so that each sees every earlier commit; SERIALIZABLE on PostgreSQL.
     */
    TransactionIsolationLevel writerIsolation() {
        return this == H2 ? TransactionIsolationLevel.READ_COMMITTED : TransactionIsolationLevel.SERIALIZABLE;
    }
}
