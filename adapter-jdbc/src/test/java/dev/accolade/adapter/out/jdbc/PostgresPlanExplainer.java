package dev.accolade.adapter.out.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's {@code EXPLAIN (FORMAT JSON)}, with sequential scans switched off for the rest of the
 * transaction: the test tables are small enough that the planner would rather scan them, and the
 * question is whether an index can serve the query, not whether it pays on a few hundred rows.
 */
final class PostgresPlanExplainer implements PlanExplainer {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        try (Statement settings = connection.createStatement()) {
            settings.execute("SET LOCAL enable_seqscan = off");
        }
        return connection.prepareStatement("EXPLAIN (FORMAT JSON) " + sql);
    }

    @Override
    public QueryPlan read(PreparedStatement explaining) throws SQLException {
        String text;
        try (ResultSet rows = explaining.getResultSet()) {
            rows.next();
            text = rows.getString(1);
        }
        JsonNode root;
        try {
            root = JSON.readTree(text).get(0).get("Plan");
        } catch (java.io.IOException unreadable) {
            throw new IllegalStateException("PostgreSQL's plan is not JSON: " + text, unreadable);
        }
        List<QueryPlan.TableRead> reads = new ArrayList<>();
        boolean sorts = walk(root, reads);
        return new QueryPlan(root.toPrettyString(), reads, sorts);
    }

    /** Collects the table reads under a node; returns whether a sort step is among them. */
    private static boolean walk(JsonNode node, List<QueryPlan.TableRead> reads) {
        String type = node.path("Node Type").asText();
        boolean sorts = type.equals("Sort") || type.equals("Incremental Sort");
        if (node.has("Relation Name")) {
            reads.add(read(node, type));
        }
        for (JsonNode child : node.path("Plans")) {
            if (!type.equals("Bitmap Heap Scan")) {
                sorts |= walk(child, reads);
            }
        }
        return sorts;
    }

    private static QueryPlan.TableRead read(JsonNode node, String type) {
        String table = node.get("Relation Name").asText();
        if (type.equals("Bitmap Heap Scan")) {
            List<String> indexes = new ArrayList<>();
            StringBuilder conditions = new StringBuilder();
            node.findParents("Index Name").forEach(bitmap -> {
                indexes.add(bitmap.get("Index Name").asText());
                conditions.append(bitmap.path("Index Cond").asText()).append(' ');
            });
            return new QueryPlan.TableRead(table, Optional.of(String.join(" ", indexes)), conditions.toString().trim());
        }
        if (type.equals("Index Scan") || type.equals("Index Only Scan")) {
            return new QueryPlan.TableRead(table, Optional.of(node.get("Index Name").asText()),
                    node.path("Index Cond").asText());
        }
        return new QueryPlan.TableRead(table, Optional.empty(), "");
    }
}
