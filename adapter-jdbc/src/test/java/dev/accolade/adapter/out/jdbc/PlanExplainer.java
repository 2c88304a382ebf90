package dev.accolade.adapter.out.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** How one database explains a query: the statement that asks for the plan, and how to read its answer. */
interface PlanExplainer {

    /** The explainer for a dialect. */
    static PlanExplainer of(JdbcDialect dialect) {
        return dialect == JdbcDialect.POSTGRESQL ? new PostgresPlanExplainer() : new H2PlanExplainer();
    }

    /** Prepares the statement that explains a query, on the connection the query ran on; the caller binds it. */
    PreparedStatement prepare(Connection connection, String sql) throws SQLException;

    /** The plan in the answer of an executed explaining statement. */
    QueryPlan read(PreparedStatement explaining) throws SQLException;
}
