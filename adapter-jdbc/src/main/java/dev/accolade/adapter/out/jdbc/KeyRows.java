package dev.accolade.adapter.out.jdbc;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Many keys as a table of their own, {@code (VALUES (…), (…)) AS name(columns)}, for a query to join: each key is
 * then looked up through the index of the table it is joined to. H2 reads {@code col IN (…)} after an equality on
 * an index's first column as a filter, comparing every row of that prefix with every key in turn (a thousand
 * subjects among an issuer's hundred thousand: about a second, against 10 ms joined).
 *
 * @param name the derived table's name, and the prefix of its parameters
 * @param columns its columns, each with the SQL type its values are cast to (PostgreSQL types a parameter of a
 *     {@code VALUES} list as text otherwise)
 */
record KeyRows(String name, List<Column> columns) {

    /** One column of the key table: its name and SQL type. */
    record Column(String name, String type) {
    }

    /** A key table of one column. */
    static KeyRows of(String name, String column, String type) {
        return new KeyRows(name, List.of(new Column(column, type)));
    }

    /** A key table of two columns. */
    static KeyRows of(String name, Column first, Column second) {
        return new KeyRows(name, List.of(first, second));
    }

    /** The derived table of this many rows, to put where a table goes in a {@code FROM} clause. */
    String table(int rows) {
        String values = IntStream.range(0, rows).mapToObj(row -> IntStream.range(0, columns.size())
                .mapToObj(column -> "CAST(:" + name + "_" + row + "_" + column + " AS " + columns.get(column).type()
                        + ")").collect(Collectors.joining(", ", "(", ")"))).collect(Collectors.joining(", "));
        return "(VALUES " + values + ") AS " + name + columns.stream().map(Column::name)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /** Binds the rows, each a list of one value per column, to the table's parameters. */
    <S extends SqlStatement<S>> S bind(S statement, List<? extends List<?>> rows) {
        for (int row = 0; row < rows.size(); row++) {
            for (int column = 0; column < columns.size(); column++) {
                statement.bind(name + "_" + row + "_" + column, rows.get(row).get(column));
            }
        }
        return statement;
    }
}
