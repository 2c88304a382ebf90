package dev.accolade.adapter.out.jdbc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Adds sums to an issuer's rows of a sums table ({@code metric_counter}, {@code metric_day}) on PostgreSQL many
 * rows a statement: the rows as bound {@code VALUES} ({@link KeyRows}), in their order, {@value #CHUNK} a statement
 * at most, inserted or added to the row already there. No key may come twice among the rows (PostgreSQL refuses
 * to update one row twice in a statement).
 */
final class SumUpserts {

    /** The most rows one statement carries. */
    static final int CHUNK = 500;

    private final String table;
    private final List<String> keyColumns;
    private final KeyRows values;

    /**
     * @param keyColumns the key's columns after {@code issuer_id}, with their SQL types; rows carry them, then the sum
     */
    SumUpserts(String table, List<KeyRows.Column> keyColumns) {
        this.table = table;
        this.keyColumns = keyColumns.stream().map(KeyRows.Column::name).toList();
        List<KeyRows.Column> columns = new ArrayList<>(keyColumns);
        columns.add(new KeyRows.Column("total", "BIGINT"));
        this.values = new KeyRows("k", List.copyOf(columns));
    }

    /** Adds each row's last value to the sum of the row keyed by its other values. */
    void add(Handle handle, long issuer, List<List<Object>> rows) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<List<Object>> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            values.bind(handle.createUpdate(sql(chunk.size())), chunk).bind("issuer", issuer).execute();
        }
    }

    /**
     * As {@link #add}, and the keys of the rows it created rather than added to, each as {@link #text} gives it: a
     * sum is positive, so a row whose sum after the statement is the value added had none before.
     */
    Set<String> addTellingCreated(Handle handle, long issuer, List<List<Object>> rows) {
        Map<String, Object> added = new HashMap<>();
        rows.forEach(row -> added.put(text(row.subList(0, keyColumns.size())), row.get(keyColumns.size())));
        Set<String> created = new HashSet<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<List<Object>> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            values.bind(handle.createQuery(sql(chunk.size()) + " RETURNING " + String.join(", ", keyColumns)
                    + ", total"), chunk).bind("issuer", issuer)
                    .map((row, context) -> {
                        List<Object> key = new ArrayList<>();
                        for (String column : keyColumns) {
                            key.add(row.getString(column));
                        }
                        return Map.entry(text(key), row.getLong("total"));
                    })
                    .forEach(row -> {
                        if (Long.valueOf(row.getValue()).equals(added.get(row.getKey()))) {
                            created.add(row.getKey());
                        }
                    });
        }
        return created;
    }

    /** A key's values as one text, joined by line feeds. */
    static String text(List<?> key) {
        return key.stream().map(String::valueOf).collect(Collectors.joining("\n"));
    }

    private String sql(int rows) {
        List<String> columns = new ArrayList<>(keyColumns);
        columns.add("total");
        return "INSERT INTO " + table + " AS t (issuer_id, " + String.join(", ", columns) + ") SELECT :issuer, "
                + columns.stream().map(column -> "k." + column).collect(Collectors.joining(", "))
                + " FROM " + values.table(rows)
                + " ON CONFLICT (issuer_id, " + String.join(", ", keyColumns) + ")"
                + " DO UPDATE SET total = t.total + EXCLUDED.total";
    }
}
