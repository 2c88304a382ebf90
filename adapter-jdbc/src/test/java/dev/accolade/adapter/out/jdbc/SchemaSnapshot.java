package dev.accolade.adapter.out.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A schema as a sorted list of facts, one line each, so that two databases compare line by line: its
 * tables and their columns (type, size, nullability, default, position), primary keys, foreign keys,
 * indexes (columns in order, uniqueness), check constraints and sequences, from {@link DatabaseMetaData}
 * and {@code INFORMATION_SCHEMA}; Flyway's history table only by the versions it applied.
 *
 * @param facts what the schema holds, sorted
 * @param appliedVersions the migrations Flyway applied, in order
 */
record SchemaSnapshot(List<String> facts, List<String> appliedVersions) {

    private static final String HISTORY = "flyway_schema_history";
    /** PostgreSQL lists each NOT NULL as a check named by object ids; the columns' nullability covers them. */
    private static final Pattern NOT_NULL_CHECK = Pattern.compile("\\d+_\\d+_\\d+_not_null");

    /** The schema the connections of a data source work in. */
    static SchemaSnapshot of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            List<String> facts = new ArrayList<>();
            for (String table : tables(meta, schema)) {
                columns(meta, schema, table, facts);
                primaryKey(meta, schema, table, facts);
                foreignKeys(meta, schema, table, facts);
                indexes(meta, schema, table, facts);
            }
            checks(connection, schema, facts);
            sequences(connection, schema, facts);
            facts.sort(null);
            return new SchemaSnapshot(List.copyOf(facts), appliedVersions(connection));
        } catch (SQLException failure) {
            throw new IllegalStateException("could not read the schema", failure);
        }
    }

    private static List<String> tables(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = meta.getTables(null, pattern(meta, schema), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                if (!table.equalsIgnoreCase(HISTORY)) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    private static void columns(DatabaseMetaData meta, String schema, String table, List<String> facts)
            throws SQLException {
        try (ResultSet rows = meta.getColumns(null, pattern(meta, schema), pattern(meta, table), "%")) {
            while (rows.next()) {
                facts.add(String.format(Locale.ROOT, "column %s #%02d %s %s(%s,%s) nullable=%s default=%s",
                        lower(table), rows.getInt("ORDINAL_POSITION"), lower(rows.getString("COLUMN_NAME")),
                        rows.getString("TYPE_NAME"), rows.getString("COLUMN_SIZE"), rows.getString("DECIMAL_DIGITS"),
                        rows.getString("IS_NULLABLE"), rows.getString("COLUMN_DEF")));
            }
        }
    }

    private static void primaryKey(DatabaseMetaData meta, String schema, String table, List<String> facts)
            throws SQLException {
        Map<String, Map<Integer, String>> keys = new TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
            while (rows.next()) {
                keys.computeIfAbsent(lower(rows.getString("PK_NAME")), name -> new TreeMap<>())
                        .put(rows.getInt("KEY_SEQ"), lower(rows.getString("COLUMN_NAME")));
            }
        }
        keys.forEach((name, columns) -> facts.add("primary key " + lower(table) + " " + name + " " + columns.values()));
    }

    private static void foreignKeys(DatabaseMetaData meta, String schema, String table, List<String> facts)
            throws SQLException {
        Map<String, Map<Integer, String>> keys = new TreeMap<>();
        try (ResultSet rows = meta.getImportedKeys(null, schema, table)) {
            while (rows.next()) {
                String key = lower(rows.getString("FK_NAME")) + " -> " + lower(rows.getString("PKTABLE_NAME"))
                        + " on update " + rows.getShort("UPDATE_RULE") + " on delete " + rows.getShort("DELETE_RULE");
                keys.computeIfAbsent(key, name -> new TreeMap<>()).put(rows.getInt("KEY_SEQ"),
                        lower(rows.getString("FKCOLUMN_NAME")) + "=" + lower(rows.getString("PKCOLUMN_NAME")));
            }
        }
        keys.forEach((key, columns) -> facts.add("foreign key " + lower(table) + " " + key + " " + columns.values()));
    }

    private static void indexes(DatabaseMetaData meta, String schema, String table, List<String> facts)
            throws SQLException {
        Map<String, Map<Integer, String>> indexes = new TreeMap<>();
        try (ResultSet rows = meta.getIndexInfo(null, schema, table, false, false)) {
            while (rows.next()) {
                String name = rows.getString("INDEX_NAME");
                if (name == null) {
                    continue;
                }
                String index = lower(name) + (rows.getBoolean("NON_UNIQUE") ? "" : " unique")
                        + " where " + rows.getString("FILTER_CONDITION");
                indexes.computeIfAbsent(index, key -> new TreeMap<>()).put(rows.getInt("ORDINAL_POSITION"),
                        lower(rows.getString("COLUMN_NAME")) + " " + rows.getString("ASC_OR_DESC"));
            }
        }
        indexes.forEach((index, columns) -> facts.add("index " + lower(table) + " " + index + " " + columns.values()));
    }

    private static void checks(Connection connection, String schema, List<String> facts) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT tc.table_name, tc.constraint_name,"
                + " cc.check_clause FROM information_schema.table_constraints tc"
                + " JOIN information_schema.check_constraints cc ON cc.constraint_schema = tc.constraint_schema"
                + " AND cc.constraint_name = tc.constraint_name"
                + " WHERE tc.constraint_type = 'CHECK' AND tc.table_schema = ?")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String name = lower(rows.getString(2));
                    if (!NOT_NULL_CHECK.matcher(name).matches() && !rows.getString(1).equalsIgnoreCase(HISTORY)) {
                        facts.add("check " + lower(rows.getString(1)) + " " + name + " " + rows.getString(3));
                    }
                }
            }
        }
    }

    private static void sequences(Connection connection, String schema, List<String> facts) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT sequence_name, start_value, increment"
                + " FROM information_schema.sequences WHERE sequence_schema = ?")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    facts.add("sequence " + lower(rows.getString(1)) + " start " + rows.getString(2) + " increment "
                            + rows.getString(3));
                }
            }
        }
    }

    private static List<String> appliedVersions(Connection connection) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT \"version\" FROM \"" + HISTORY + "\" WHERE \"success\" AND \"version\" IS NOT NULL"
                        + " ORDER BY \"installed_rank\"")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    /** A name as a metadata search pattern that matches only itself. */
    private static String pattern(DatabaseMetaData meta, String name) throws SQLException {
        String escape = meta.getSearchStringEscape();
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    private static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
