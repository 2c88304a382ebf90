package dev.accolade.bootstrap;

import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.event.AwardGranted;
import dev.accolade.domain.event.AwardRevoked;
import dev.accolade.domain.event.DomainEvent;
import dev.accolade.domain.event.OfferAnswered;
import dev.accolade.domain.event.OfferCreated;
import dev.accolade.domain.event.RequestAnswered;
import dev.accolade.domain.event.TemplateDeleted;
import dev.accolade.domain.event.TemplatePublished;
import dev.accolade.domain.offer.OfferStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/**
 * Counts the domain events the store has committed, as a subscriber of its event bus: awards granted by
 * source, awards revoked, offers made and answered, and every event by type. A subscriber hears an event
 * only once its unit of work has committed, so a unit rolled back or run again after losing to a concurrent
 * one counts once or not at all, whichever API or use case caused it. Every series exists from the start,
 * at zero.
 */
final class EventMeters {

    /** What {@code accolade_events_total} labels each event with. */
    private static final Class<?>[] EVENTS = {AwardGranted.class, AwardRevoked.class, OfferCreated.class,
        OfferAnswered.class, RequestAnswered.class, TemplatePublished.class, TemplateDeleted.class};

    private final MeterRegistry registry;

    private EventMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counters over this registry, every series registered at zero. */
    static EventMeters on(MeterRegistry registry) {
        EventMeters meters = new EventMeters(registry);
        for (AwardSource.Kind source : AwardSource.Kind.values()) {
            meters.granted(source);
        }
        meters.revoked();
        meters.offers("created");
        for (OfferStatus status : OfferStatus.values()) {
            if (status != OfferStatus.PENDING) {
                meters.offers(label(status.name()));
            }
        }
        for (Class<?> type : EVENTS) {
            meters.events(type);
        }
        return meters;
    }

    /** Counts one committed event. */
    void count(DomainEvent event) {
        events(event.getClass()).increment();
        if (event instanceof AwardGranted granted) {
            granted(granted.award().source().kind()).increment();
        } else if (event instanceof AwardRevoked) {
            revoked().increment();
        } else if (event instanceof OfferCreated) {
            offers("created").increment();
        } else if (event instanceof OfferAnswered answered) {
            offers(label(answered.offer().status().name())).increment();
        }
    }

    private Counter granted(AwardSource.Kind source) {
        return Counter.builder("accolade.awards.granted").description("Awards made, by how they came about")
                .tag("source", label(source.name())).register(registry);
    }

    private Counter revoked() {
        return Counter.builder("accolade.awards.revoked").description("Awards taken back").register(registry);
    }

    private Counter offers(String event) {
        return Counter.builder("accolade.offers").description("Offers made, and answered by their outcome")
                .tag("event", event).register(registry);
    }

    private Counter events(Class<?> type) {
        return Counter.builder("accolade.events").description("Domain events committed, by type")
                .tag("event", snakeCase(type.getSimpleName())).register(registry);
    }

    private static String label(String constant) {
        return constant.toLowerCase(Locale.ROOT);
    }

    /** {@code AwardGranted} as {@code award_granted}. */
    private static String snakeCase(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
