package dev.accolade.adapter.out.jdbc;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The keys of a set-based read as a table of typed {@code VALUES} rows, joined to the table read on its key: each
 * row is then one look-up through the key's index, on H2 (which narrows an index by one {@code IN} list at most,
 * and not after an equality) as on PostgreSQL.
 */
final class KeyRows {

    private KeyRows() {
    }

    /**
     * {@code (VALUES (CAST(:k0_0 AS type), …), …) AS alias(column, …)} for so many rows of these columns.
     *
     * @param types each column's SQL type, such as {@code VARCHAR(512)}
     */
    static String table(String alias, List<String> columns, List<String> types, int rows) {
        String values = IntStream.range(0, rows).mapToObj(row -> IntStream.range(0, columns.size())
                .mapToObj(column -> "CAST(:k" + row + "_" + column + " AS " + types.get(column) + ")")
                .collect(Collectors.joining(", ", "(", ")"))).collect(Collectors.joining(", "));
        return "(VALUES " + values + ") AS " + alias + " (" + String.join(", ", columns) + ")";
    }

    /** Binds the rows' values to the names {@link #table} gave them. */
    static <S extends SqlStatement<S>> S bind(S statement, List<List<Object>> rows) {
        for (int row = 0; row < rows.size(); row++) {
            for (int column = 0; column < rows.get(row).size(); column++) {
                statement.bind("k" + row + "_" + column, rows.get(row).get(column));
            }
        }
        return statement;
    }
}
