package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.rule.MetricEventRepository;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.MetricEvent;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Issuers' events in memory, one per issuer and id. */
final class InMemoryMetricEventRepository implements MetricEventRepository {

    private final InMemoryDatabase database;
    private final Table<Map.Entry<IssuerId, String>, MetricEvent> table;

    InMemoryMetricEventRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = new Table<>(database, event -> Map.entry(event.issuer(), event.id()), "event_id_taken",
                "The event id is already recorded.", List.of());
    }

    @Override
    public boolean insertIfNew(MetricEvent event) {
        return database.inTransaction(() -> {
            if (table.get(Map.entry(event.issuer(), event.id())).isPresent()) {
                return false;
            }
            table.insert(event);
            return true;
        });
    }

    @Override
    public Set<String> insertNew(List<MetricEvent> events) {
        return database.inTransaction(() -> {
            Set<String> recorded = new LinkedHashSet<>();
            for (MetricEvent event : events) {
                if (table.get(Map.entry(event.issuer(), event.id())).isEmpty()) {
                    table.insert(event);
                    recorded.add(event.id());
                }
            }
            return recorded;
        });
    }

    @Override
    public List<MetricEvent> history(IssuerId issuer, Identity subject, Metric metric) {
        return database.read(() -> table.rows()
                .filter(event -> event.issuer().equals(issuer) && event.subject().equals(subject)
                        && event.metric().equals(metric))
                .sorted(Comparator.comparing(MetricEvent::occurredAt).thenComparing(MetricEvent::id)).toList());
    }

    @Override
    public Optional<MetricEvent> find(IssuerId issuer, String id) {
        return database.read(() -> table.get(Map.entry(issuer, id)));
    }
}
