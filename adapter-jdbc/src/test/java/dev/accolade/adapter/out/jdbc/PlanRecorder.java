package dev.accolade.adapter.out.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Watches every statement a store runs and, while asked to, explains each query right after it ran: on
 * the same connection, in the same transaction, with the very SQL and arguments the repository used.
 */
final class PlanRecorder implements SqlLogger {

    /**
     * One query the store ran and the plan the database made of it.
     *
     * @param sql the SQL as the store sent it, with JDBC parameters
     * @param plan the database's plan for it
     */
    record ExplainedQuery(String sql, QueryPlan plan) {
    }

    private final PlanExplainer explainer;
    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final ThreadLocal<List<ExplainedQuery>> recording = new ThreadLocal<>();

    PlanRecorder(PlanExplainer explainer) {
        this.explainer = explainer;
    }

    /** Runs some work on this thread and returns the queries it ran, each with its plan. */
    List<ExplainedQuery> explain(Runnable work) {
        List<ExplainedQuery> explained = new ArrayList<>();
        recording.set(explained);
        try {
            work.run();
        } finally {
            recording.remove();
        }
        return explained;
    }

    /** Every statement the store has run so far, as sent to the database. */
    List<String> statements() {
        return List.copyOf(statements);
    }

    @Override
    public void logAfterExecution(StatementContext context) {
        String sql = context.getParsedSql().getSql();
        statements.add(sql);
        List<ExplainedQuery> explained = recording.get();
        if (explained != null && sql.strip().toUpperCase(Locale.ROOT).startsWith("SELECT")) {
            explained.add(new ExplainedQuery(sql, plan(sql, context)));
        }
    }

    private QueryPlan plan(String sql, StatementContext context) {
        try (PreparedStatement explaining = explainer.prepare(context.getConnection(), sql)) {
            List<String> names = context.getParsedSql().getParameters().getParameterNames();
            for (int position = 1; position <= names.size(); position++) {
                String name = names.get(position - 1);
                Argument argument = context.getBinding().findForName(name, context)
                        .orElseThrow(() -> new IllegalStateException("no argument for :" + name + " in " + sql));
                argument.apply(position, explaining, context);
            }
            explaining.execute();
            return explainer.read(explaining);
        } catch (SQLException failure) {
            throw new IllegalStateException("could not explain " + sql, failure);
        }
    }
}
