package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.rule.RuleJobRepository;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.RuleJob;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/**
 * The retroactive awarding jobs in the {@code rule_job} table, one row per template. An instance claims a job by
 * an update that holds only while the row is still open and unheld, so that of two instances one wins.
 */
final class JdbiRuleJobRepository implements RuleJobRepository {

    private static final String COLUMNS = "template_id, issuer_id, rule, after_subject, examined, awarded,"
            + " started_at, finished_at, claimed_until";
    private static final RowMapper<RuleJob> JOB = (row, context) -> new RuleJob(
            new TemplateId(row.getLong("template_id")), new IssuerId(row.getLong("issuer_id")), row.getString("rule"),
            Rows.optionalString(row, "after_subject"), row.getLong("examined"), row.getLong("awarded"),
            Rows.instant(row, "started_at"), Rows.optionalInstant(row, "finished_at"),
            Rows.optionalInstant(row, "claimed_until"));
    private static final int CANDIDATES = 10;

    private final JdbiTransactions transactions;

    JdbiRuleJobRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(RuleJob job) {
        int updated = bound(transactions.current().writing().createUpdate("UPDATE rule_job SET issuer_id = :issuer,"
                + " rule = :rule, after_subject = :after, examined = :examined, awarded = :awarded,"
                + " started_at = :started, finished_at = :finished, claimed_until = :claimed"
                + " WHERE template_id = :template"), job).execute();
        if (updated == 0) {
            bound(transactions.current().writing().createUpdate("INSERT INTO rule_job (" + COLUMNS + ") VALUES"
                    + " (:template, :issuer, :rule, :after, :examined, :awarded, :started, :finished, :claimed)"), job)
                    .execute();
        }
    }

    @Override
    public Optional<RuleJob> find(TemplateId template) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM rule_job"
                + " WHERE template_id = :template").bind("template", template.value()).map(JOB).findOne();
    }

    @Override
    public Optional<RuleJob> claimNext(Instant now, Instant until) {
        List<RuleJob> open = transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM rule_job"
                + " WHERE finished_at IS NULL ORDER BY finished_at, template_id LIMIT " + CANDIDATES)
                .map(JOB).list();
        for (RuleJob job : open) {
            if (job.claimableAt(now) && transactions.current().writing().createUpdate("UPDATE rule_job"
                    + " SET claimed_until = :until WHERE template_id = :template AND finished_at IS NULL"
                    + " AND (claimed_until IS NULL OR claimed_until < :now)")
                    .bind("until", until).bind("template", job.template().value()).bind("now", now).execute() == 1) {
                return Optional.of(job.claimedUntil(until));
            }
        }
        return Optional.empty();
    }

    private static Update bound(Update update, RuleJob job) {
        return update.bind("template", job.template().value()).bind("issuer", job.issuer().value())
                .bind("rule", job.rule()).bindByType("after", job.after().orElse(null), String.class)
                .bind("examined", job.examined()).bind("awarded", job.awarded()).bind("started", job.startedAt())
                .bindByType("finished", job.finishedAt().orElse(null), Instant.class)
                .bindByType("claimed", job.claimedUntil().orElse(null), Instant.class);
    }
}
