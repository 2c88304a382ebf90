package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.rule.RuleJobRepository;
import dev.accolade.domain.event.DomainEvent;
import dev.accolade.domain.event.TemplatePublished;
import dev.accolade.domain.rule.Rule;
import dev.accolade.domain.rule.RuleJob;
import dev.accolade.domain.template.Template;
import java.util.List;
import java.util.Optional;

/**
 * Publishes domain events through another publisher and, when a template's version with a rule goes live,
 * schedules in the same unit of work the job that awards the subjects whose stored history (events on the rule's
 * metric, or awards of the templates a composite rule names) already meets it
 * (restarting the template's job when its rule changed; a new version with the same rule changes nothing).
 */
public final class RuleJobScheduling implements EventPublisherPort {

    private final EventPublisherPort delegate;
    private final RuleJobRepository jobs;

    /** Publishes through {@code delegate} and keeps jobs in {@code jobs}. */
    public RuleJobScheduling(EventPublisherPort delegate, RuleJobRepository jobs) {
        this.delegate = requireNonNull(delegate, "delegate");
        this.jobs = requireNonNull(jobs, "jobs");
    }

    @Override
    public void publish(DomainEvent event) {
        delegate.publish(event);
        schedule(event);
    }

    @Override
    public void publishAll(List<? extends DomainEvent> events) {
        delegate.publishAll(events);
        events.forEach(this::schedule);
    }

    private void schedule(DomainEvent event) {
        if (event instanceof TemplatePublished published) {
            Template template = published.template();
            Optional<Rule> rule = template.live().flatMap(live -> live.details().rule());
            if (rule.isPresent()
                    && jobs.find(template.id()).map(job -> !job.rule().equals(rule.get().describe())).orElse(true)) {
                jobs.save(RuleJob.start(template.id(), template.issuer(), rule.get(), published.occurredAt()));
            }
        }
    }
}
