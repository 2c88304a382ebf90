package dev.accolade.application.port.out.rule;

import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.MetricEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Issuers' events, each id once per issuer, ever. */
public interface MetricEventRepository {

    /**
     * Records an event unless its issuer already recorded one with the same id: true when it was recorded
     * now, false for a duplicate, which changes nothing. A unit of work racing another over the same id
     * waits for it, or fails to be retried.
     */
    boolean insertIfNew(MetricEvent event);

    /**
     * Records, as one store operation, those of one issuer's events (distinct ids) it did not record before: the
     * ids recorded now; the others are duplicates and change nothing. Racing units of work are as for
     * {@link #insertIfNew}.
     */
    Set<String> insertNew(List<MetricEvent> events);

    /** The event an issuer recorded under an id. */
    Optional<MetricEvent> find(IssuerId issuer, String id);

    /** A subject's events on a metric in the order they occurred (ties by id): its whole history, by index. */
    List<MetricEvent> history(IssuerId issuer, Identity subject, Metric metric);
}
