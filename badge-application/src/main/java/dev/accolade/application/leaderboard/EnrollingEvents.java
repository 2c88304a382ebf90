package dev.accolade.application.leaderboard;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.rule.MetricEventRepository;
import dev.accolade.application.port.out.score.ScoreRepository;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.MetricEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records events the store's way and counts the subject of every new one among its issuer's subjects, in the
 * same unit of work: an issuer's subjects are everyone with an event or an award from it.
 */
final class EnrollingEvents implements MetricEventRepository {

    private final MetricEventRepository decorated;
    private final ScoreRepository scores;

    EnrollingEvents(MetricEventRepository decorated, ScoreRepository scores) {
        this.decorated = requireNonNull(decorated, "decorated");
        this.scores = requireNonNull(scores, "scores");
    }

    @Override
    public boolean insertIfNew(MetricEvent event) {
        boolean recorded = decorated.insertIfNew(event);
        if (recorded) {
            scores.enrol(event.issuer(), event.subject());
        }
        return recorded;
    }

    @Override
    public Set<String> insertNew(List<MetricEvent> events) {
        Set<String> recorded = decorated.insertNew(events);
        Map<IssuerId, List<Identity>> subjects = events.stream().filter(event -> recorded.contains(event.id()))
                .collect(Collectors.groupingBy(MetricEvent::issuer, LinkedHashMap::new,
                        Collectors.mapping(MetricEvent::subject, Collectors.toList())));
        subjects.forEach(scores::enrolAll);
        return recorded;
    }

    @Override
    public Optional<MetricEvent> find(IssuerId issuer, String id) {
        return decorated.find(issuer, id);
    }

    @Override
    public List<MetricEvent> history(IssuerId issuer, Identity subject, Metric metric) {
        return decorated.history(issuer, subject, metric);
    }
}
