package dev.accolade.bootstrap;

import dev.accolade.application.delivery.SummarizeDeliveriesUseCase;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.delivery.DeliveryStatus;
import dev.accolade.domain.delivery.DeliveryTally;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox as gauges: deliveries by kind (webhook, callback) and status (pending, delivered, failed),
 * and how long the oldest pending delivery of each kind has waited, in seconds (0 when none waits). The
 * counts are read from the store at most once per {@link #MAX_AGE}, however often anyone scrapes; when the
 * store does not answer, the last counts stay and a warning is logged.
 */
final class DeliveryGauges {

    /** How long one reading of the store serves. */
    static final Duration MAX_AGE = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryGauges.class);

    private final SummarizeDeliveriesUseCase deliveries;
    private final Clock clock;
    private List<DeliveryTally> tallies = List.of();
    private Instant readAt;

    private DeliveryGauges(SummarizeDeliveriesUseCase deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Registers the gauges of this outbox. */
    static void register(MeterRegistry registry, SummarizeDeliveriesUseCase deliveries, Clock clock) {
        DeliveryGauges gauges = new DeliveryGauges(deliveries, clock);
        for (DeliverySource.Kind kind : DeliverySource.Kind.values()) {
            for (DeliveryStatus status : DeliveryStatus.values()) {
                Gauge.builder("accolade.deliveries", gauges, each -> each.count(kind, status))
                        .description("Outgoing deliveries in the outbox, by kind and status")
                        .tag("kind", label(kind)).tag("status", status.name().toLowerCase(Locale.ROOT))
                        .strongReference(true).register(registry);
            }
            Gauge.builder("accolade.deliveries.oldest.pending.age", gauges, each -> each.oldestPendingAge(kind))
                    .description("How long the oldest pending delivery has waited since its retries began")
                    .baseUnit("seconds").tag("kind", label(kind)).strongReference(true).register(registry);
        }
    }

    private double count(DeliverySource.Kind kind, DeliveryStatus status) {
        return tallies().stream().filter(tally -> tally.kind() == kind && tally.status() == status)
                .mapToLong(DeliveryTally::count).sum();
    }

    private double oldestPendingAge(DeliverySource.Kind kind) {
        Optional<Instant> since = tallies().stream().filter(tally -> tally.kind() == kind)
                .flatMap(tally -> tally.waitingSince().stream()).min(Instant::compareTo);
        return since.map(start -> Math.max(0, Duration.between(start, clock.instant()).toMillis()) / 1_000.0)
                .orElse(0.0);
    }

    private synchronized List<DeliveryTally> tallies() {
        Instant now = clock.instant();
        if (readAt == null || !now.isBefore(readAt.plus(MAX_AGE))) {
            readAt = now;
            try {
                tallies = deliveries.summarizeDeliveries();
            } catch (RuntimeException unavailable) {
                LOG.warn("The delivery gauges could not read the outbox; they keep the last counts", unavailable);
            }
        }
        return tallies;
    }

    private static String label(DeliverySource.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
