package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.rule.RuleJobRepository;
import dev.accolade.domain.rule.RuleJob;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The retroactive awarding jobs in memory, one per template. */
final class InMemoryRuleJobRepository implements RuleJobRepository {

    private final InMemoryDatabase database;
    private final Table<TemplateId, RuleJob> table;

    InMemoryRuleJobRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = new Table<>(database, RuleJob::template, "rule_job_taken", "The template has a job.", List.of());
    }

    @Override
    public void save(RuleJob job) {
        database.write(() -> table.upsert(job));
    }

    @Override
    public Optional<RuleJob> find(TemplateId template) {
        return database.read(() -> table.get(template));
    }

    @Override
    public Optional<RuleJob> claimNext(Instant now, Instant until) {
        return database.inTransaction(() -> {
            Optional<RuleJob> next = table.rows().filter(job -> job.claimableAt(now))
                    .min(Comparator.comparing(job -> job.template().value()));
            next.map(job -> job.claimedUntil(until)).ifPresent(table::upsert);
            return next.map(job -> job.claimedUntil(until));
        });
    }
}
