package dev.accolade.application.port.out.rule;

import dev.accolade.domain.rule.RuleJob;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.Optional;

/** The retroactive awarding jobs, one per rule template: the last scheduled, with its progress. */
public interface RuleJobRepository {

    /** Keeps a job, in place of the template's earlier one if any. */
    void save(RuleJob job);

    /** The template's job. */
    Optional<RuleJob> find(TemplateId template);

    /**
     * Claims an open job no instance holds at {@code now} (or whose hold expired) until {@code until}, and gives
     * it; of two instances claiming at once, one gets it.
     */
    Optional<RuleJob> claimNext(Instant now, Instant until);
}
