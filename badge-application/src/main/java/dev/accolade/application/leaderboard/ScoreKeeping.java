package dev.accolade.application.leaderboard;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.domain.event.AwardGranted;
import dev.accolade.domain.event.AwardRevoked;
import dev.accolade.domain.event.DomainEvent;
import dev.accolade.domain.event.TemplateDeleted;
import java.util.List;

/**
 * Publishes events on and, in the same unit of work, keeps scores: every award made and every award revoked
 * is announced through this port, whatever path made it (a call, a bulk award, an accepted offer, a rule, a
 * log line, a dialect), so that every one of them counts; a deleted template's awards, gone without a
 * revocation, are taken back when its deletion is announced.
 */
final class ScoreKeeping implements EventPublisherPort {

    private final EventPublisherPort decorated;
    private final Scoring scoring;

    ScoreKeeping(EventPublisherPort decorated, Scoring scoring) {
        this.decorated = requireNonNull(decorated, "decorated");
        this.scoring = requireNonNull(scoring, "scoring");
    }

    @Override
    public void publish(DomainEvent event) {
        if (event instanceof AwardGranted granted) {
            scoring.awarded(granted.award(), granted.occurredAt());
        } else if (event instanceof AwardRevoked revoked) {
            scoring.revoked(revoked.award(), revoked.occurredAt());
        } else if (event instanceof TemplateDeleted deleted) {
            scoring.templateDeleted(deleted.template(), deleted.occurredAt());
        }
        decorated.publish(event);
    }

    /** Counts the awards made among the events together, then publishes them all on. */
    @Override
    public void publishAll(List<? extends DomainEvent> events) {
        if (events.stream().allMatch(AwardGranted.class::isInstance)) {
            scoring.awardedAll(events.stream().map(AwardGranted.class::cast).toList());
            decorated.publishAll(events);
            return;
        }
        events.forEach(this::publish);
    }
}
