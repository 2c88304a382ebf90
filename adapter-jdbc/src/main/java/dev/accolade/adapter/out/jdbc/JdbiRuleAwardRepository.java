package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.rule.RuleAwardRepository;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.Optional;

/**
 * The subjects each template's rule awarded, in the {@code rule_award} table keyed by template and subject. On
 * PostgreSQL an insert that does nothing on a taken key, so that a unit racing another (another instance, or the
 * retroactive job) waits for it and awards nothing; on H2, where writers take turns, a look-up and an insert.
 */
final class JdbiRuleAwardRepository implements RuleAwardRepository {

    private static final String INSERT = "INSERT INTO rule_award (template_id, subject, qualified_at, recorded_at)"
            + " VALUES (:template, :subject, :qualified, :recorded)";

    private final JdbiTransactions transactions;
    private final JdbcDialect dialect;

    JdbiRuleAwardRepository(JdbiTransactions transactions, JdbcDialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    @Override
    public boolean insertIfNew(TemplateId template, Identity subject, Instant qualifiedAt, Instant recordedAt) {
        boolean inTurns = dialect.serializesWritersInProcess();
        if (inTurns && qualifiedAt(template, subject).isPresent()) {
            return false;
        }
        return transactions.current().writing().createUpdate(inTurns ? INSERT : INSERT + " ON CONFLICT DO NOTHING")
                .bind("template", template.value()).bind("subject", subject.key())
                .bind("qualified", qualifiedAt).bind("recorded", recordedAt).execute() == 1;
    }

    @Override
    public Optional<Instant> qualifiedAt(TemplateId template, Identity subject) {
        return transactions.current().reading().createQuery("SELECT qualified_at FROM rule_award"
                + " WHERE template_id = :template AND subject = :subject")
                .bind("template", template.value()).bind("subject", subject.key())
                .map((row, context) -> Rows.instant(row, "qualified_at")).findOne();
    }
}
