package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.event.AwardGranted;
import dev.accolade.domain.event.DomainEvent;
import java.util.List;

/**
 * Publishes domain events through another publisher and, for every award made other than by a rule (a direct
 * award, an accepted offer or request, a log line), awards in the same unit of work the composite rules holding
 * it completes. Rule awards follow up their composites themselves ({@link RuleAwarding}).
 */
public final class CompositeFollowUp implements EventPublisherPort {

    private final EventPublisherPort delegate;
    private RuleAwarding awarding;

    /** Publishes through {@code delegate}; composites are awarded once {@link #awardThrough} is called. */
    public CompositeFollowUp(EventPublisherPort delegate) {
        this.delegate = requireNonNull(delegate, "delegate");
    }

    /** Awards composites through this, which itself grants through a publisher that is this one. Called once. */
    public void awardThrough(RuleAwarding ruleAwarding) {
        if (awarding != null) {
            throw new IllegalStateException("the rule awarding is already set");
        }
        this.awarding = requireNonNull(ruleAwarding, "ruleAwarding");
    }

    @Override
    public void publish(DomainEvent event) {
        delegate.publish(event);
        followUp(event);
    }

    /** Publishes the events through the delegate together, then follows up each award made, in order. */
    @Override
    public void publishAll(List<? extends DomainEvent> events) {
        delegate.publishAll(events);
        events.forEach(this::followUp);
    }

    private void followUp(DomainEvent event) {
        if (awarding != null && event instanceof AwardGranted granted
                && granted.award().source().kind() != AwardSource.Kind.RULE) {
            awarding.completedBy(granted.award());
        }
    }
}
