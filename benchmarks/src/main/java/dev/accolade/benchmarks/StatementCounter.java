package dev.accolade.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Counts the SQL statements one request of a case runs, as H2 counts them itself
 * ({@code INFORMATION_SCHEMA.QUERY_STATISTICS}, on only while counting): commits included, so that a
 * transaction too many shows. The statements of anything else running meanwhile (the delivery poller)
 * are counted too; averaged over the requests they weigh little.
 */
final class StatementCounter implements AutoCloseable {

    /** Numbers for the counted requests far from those the alternation gives, so that keys never meet. */
    private static final long FIRST = 1_000_000_000L;

    private final Connection connection;
    private final HttpClient client = HttpClient.newHttpClient();
    private long next = FIRST;

    /** A counter on the H2 database at the URL, open in this JVM. */
    StatementCounter(String jdbcUrl) {
        try {
            this.connection = DriverManager.getConnection(jdbcUrl + ";DB_CLOSE_ON_EXIT=FALSE", "", "");
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** The statements per request of the side, over this many requests sent one after another. */
    double perRequest(HttpCase.Side side, int requests) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET QUERY_STATISTICS FALSE");
            statement.execute("SET QUERY_STATISTICS TRUE");
            for (int i = 0; i < requests; i++) {
                send(side);
            }
            long executed = 0;
            try (ResultSet rows = statement.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT"
                    + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                while (rows.next()) {
                    executed += rows.getString(1).contains("QUERY_STATISTICS") ? 0 : rows.getLong(2);
                }
            }
            statement.execute("SET QUERY_STATISTICS FALSE");
            return executed / (double) requests;
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private void send(HttpCase.Side side) {
        try {
            int status = client.send(side.requests().apply(next++), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status != side.expectedStatus()) {
                throw new IllegalStateException(side.label() + " answered " + status);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
