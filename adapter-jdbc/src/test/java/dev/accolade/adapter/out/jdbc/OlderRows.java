package dev.accolade.adapter.out.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Rows as an older release wrote them: every row of a database of the latest schema copied into one of
 * an older schema, in the columns the older schema has, parents before children. What later migrations
 * add is left for them to fill, as on a real upgrade; the current store cannot write to an older schema
 * itself once a migration adds a column it writes.
 */
final class OlderRows {

    private OlderRows() {
    }

    /** Copies every row of {@code latest} into {@code older}, in the tables the older schema has. */
    static void copy(DataSource latest, DataSource older) {
        List<String> parentsFirst = new ArrayList<>(JdbcTarget.TABLES);
        Collections.reverse(parentsFirst);
        try (Connection from = latest.getConnection(); Connection to = older.getConnection()) {
            for (String table : parentsFirst) {
                if (exists(to, table)) {
                    copy(from, to, table, columns(to, table));
                }
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("could not copy the rows", failure);
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet tables = meta.getTables(null, schema, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet none = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = none.getMetaData();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                columns.add(meta.getColumnName(column));
            }
        }
        return columns;
    }

    private static void copy(Connection from, Connection to, String table, List<String> columns)
            throws SQLException {
        String names = String.join(", ", columns);
        String parameters = String.join(", ", Collections.nCopies(columns.size(), "?"));
        try (Statement read = from.createStatement();
                ResultSet rows = read.executeQuery("SELECT " + names + " FROM " + table);
                PreparedStatement write = to.prepareStatement(
                        "INSERT INTO " + table + " (" + names + ") VALUES (" + parameters + ")")) {
            while (rows.next()) {
                for (int column = 1; column <= columns.size(); column++) {
                    write.setObject(column, value(rows, column));
                }
                write.executeUpdate();
            }
        }
    }

    /** A value as the other database takes it back: times with their offset, large texts as text. */
    private static Object value(ResultSet rows, int column) throws SQLException {
        int type = rows.getMetaData().getColumnType(column);
        if (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE) {
            return rows.getObject(column, OffsetDateTime.class);
        }
        if (type == Types.CLOB) {
            return rows.getString(column);
        }
        return rows.getObject(column);
    }
}
