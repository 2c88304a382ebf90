package dev.accolade.adapter.out.jdbc;

import java.util.ArrayList;
import java.util.List;
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
