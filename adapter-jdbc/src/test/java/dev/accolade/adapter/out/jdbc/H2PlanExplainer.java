package dev.accolade.adapter.out.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * H2's {@code EXPLAIN}: the query printed back with a comment after each table that says how it is read,
 * {@code PUBLIC.IX_NAME: CONDITION} through an index or {@code PUBLIC.TABLE.tableScan}, and a comment
 * {@code index sorted} where an index delivers the order; a table read through the index the query names
 * ({@code USE INDEX}) prints that name between the two.
 */
final class H2PlanExplainer implements PlanExplainer {

    private static final Pattern TABLE_READ = Pattern.compile(
            "\"PUBLIC\"\\.\"(\\w+)\"(?: \"\\w+\")?(?: USE INDEX \\([^)]*\\))?"
                    + "\\s*/\\* PUBLIC\\.(\\w+?)(\\.tableScan)?(?:: (.*?))? \\*/",
            Pattern.DOTALL);

    @Override
    public PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        return connection.prepareStatement("EXPLAIN " + sql);
    }

    @Override
    public QueryPlan read(PreparedStatement explaining) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (ResultSet rows = explaining.getResultSet()) {
            while (rows.next()) {
                text.append(rows.getString(1)).append('\n');
            }
        }
        String plan = text.toString();
        List<QueryPlan.TableRead> reads = new ArrayList<>();
        Matcher read = TABLE_READ.matcher(plan);
        while (read.find()) {
            boolean scan = read.group(3) != null;
            reads.add(new QueryPlan.TableRead(read.group(1), scan ? Optional.empty() : Optional.of(read.group(2)),
                    Optional.ofNullable(read.group(4)).orElse("")));
        }
        boolean sorts = plan.contains("ORDER BY") && !plan.contains("/* index sorted */");
        return new QueryPlan(plan, reads, sorts);
    }
}
