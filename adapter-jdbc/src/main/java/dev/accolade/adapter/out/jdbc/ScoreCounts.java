package dev.accolade.adapter.out.jdbc;

import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Adds to a count kept in one row, creating the row with the addition when there is none, and gives the new
 * count. On PostgreSQL one {@code INSERT … ON CONFLICT DO UPDATE … RETURNING}, so concurrent units each add
 * theirs (a serializable loser is retried), or for a subtraction, whose row exists and whose negative
 * value would fail the table's check as a row to insert, one {@code UPDATE … RETURNING}; on H2, where writers
 * take turns, a read and then a write.
 */
final class ScoreCounts {

    private final JdbcDialect dialect;

    ScoreCounts(JdbcDialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Adds {@code delta} to {@code column} of the row of {@code table} with this key, or inserts it with
     * {@code delta}; {@code extra} columns (such as a time) are set to their values either way.
     */
    long add(Handle handle, String table, Map<String, Object> key, String column, long delta,
            Map<String, Object> extra) {
        String where = key.keySet().stream().map(name -> name + " = :" + name).collect(Collectors.joining(" AND "));
        String sets = column + " = " + column + " + :delta" + extra.keySet().stream()
                .map(name -> ", " + name + " = :" + name).collect(Collectors.joining());
        if (!dialect.serializesWritersInProcess() && delta < 0) {
            return handle.createQuery("UPDATE " + table + " SET " + sets + " WHERE " + where + " RETURNING " + column)
                    .bindMap(key).bindMap(extra).bind("delta", delta).mapTo(Long.class).one();
        }
        if (!dialect.serializesWritersInProcess()) {
            String columns = String.join(", ", key.keySet()) + ", " + column + extraNames(extra, ", ", "");
            String values = key.keySet().stream().map(name -> ":" + name).collect(Collectors.joining(", "))
                    + ", :delta" + extraNames(extra, ", :", "");
            return handle.createQuery("INSERT INTO " + table + " AS counted (" + columns + ") VALUES (" + values
                    + ") ON CONFLICT (" + String.join(", ", key.keySet()) + ") DO UPDATE SET "
                    + sets.replace(column + " = " + column, column + " = counted." + column)
                    + " RETURNING " + column)
                    .bindMap(key).bindMap(extra).bind("delta", delta).mapTo(Long.class).one();
        }
        Long before = handle.createQuery("SELECT " + column + " FROM " + table + " WHERE " + where).bindMap(key)
                .mapTo(Long.class).findOne().orElse(null);
        if (before == null) {
            handle.createUpdate("INSERT INTO " + table + " (" + String.join(", ", key.keySet()) + ", " + column
                    + extraNames(extra, ", ", "") + ") VALUES ("
                    + key.keySet().stream().map(name -> ":" + name).collect(Collectors.joining(", ")) + ", :delta"
                    + extraNames(extra, ", :", "") + ")").bindMap(key).bindMap(extra).bind("delta", delta).execute();
            return delta;
        }
        handle.createUpdate("UPDATE " + table + " SET " + column + " = :total" + extra.keySet().stream()
                .map(name -> ", " + name + " = :" + name).collect(Collectors.joining()) + " WHERE " + where)
                .bindMap(key).bindMap(extra).bind("total", before + delta).execute();
        return before + delta;
    }

    private static String extraNames(Map<String, Object> extra, String prefix, String suffix) {
        return extra.keySet().stream().map(name -> prefix + name + suffix).collect(Collectors.joining());
    }
}
