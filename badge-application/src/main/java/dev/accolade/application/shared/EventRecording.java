package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.rule.MetricCounterRepository;
import dev.accolade.application.port.out.rule.MetricEventRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.award.AwardTerms;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.MetricEvent;
import dev.accolade.domain.rule.Rule;
import dev.accolade.domain.template.Template;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records events and evaluates the rules they may meet, inside the caller's unit of work: each new event
 * adds to its subject's sum; only the templates whose live rule is on the event's metric are looked at
 * (found once per metric per batch); a subject whose sum reached a rule's target with this event is given
 * the template through {@link Granting}, as every award is. An event id its issuer recorded before changes
 * nothing.
 */
public final class EventRecording {

    private final MetricEventRepository events;
    private final MetricCounterRepository counters;
    private final TemplateRepository templates;
    private final Recipients recipients;
    private final Granting granting;
    private final ClockPort clock;

    /** Records through these ports and grants through {@code granting}. */
    public EventRecording(MetricEventRepository events, MetricCounterRepository counters,
            TemplateRepository templates, Recipients recipients, Granting granting, ClockPort clock) {
        this.events = requireNonNull(events, "events");
        this.counters = requireNonNull(counters, "counters");
        this.templates = requireNonNull(templates, "templates");
        this.recipients = requireNonNull(recipients, "recipients");
        this.granting = requireNonNull(granting, "granting");
        this.clock = requireNonNull(clock, "clock");
    }

    /** A new batch, for the events one unit of work records. */
    public Batch batch() {
        return new Batch();
    }

    /** The events of one unit of work, sharing the look-up of the templates ruled by each metric. */
    public final class Batch {

        private final Map<Metric, List<Template>> ruledByMetric = new HashMap<>();

        private Batch() {
        }

        /**
         * Records an event: the awards its rules made (possibly none), or empty when its issuer recorded an
         * event with its id before, which changed nothing.
         */
        public Optional<List<Award>> record(MetricEvent event) {
            if (!events.insertIfNew(event)) {
                return Optional.empty();
            }
            long after = counters.add(event.issuer(), event.subject(), event.metric(), event.value());
            long before = after - event.value();
            List<Template> candidates = ruledByMetric.computeIfAbsent(event.metric(),
                    metric -> templates.findByLiveRule(event.issuer(), metric));
            return Optional.of(candidates.stream().map(template -> crossed(template, event, before, after))
                    .flatMap(Optional::stream).toList());
        }
    }

    private Optional<Award> crossed(Template template, MetricEvent event, long before, long after) {
        Rule rule = template.awardable().details().rule().orElseThrow();
        if (!rule.crossedBy(before, after)) {
            return Optional.empty();
        }
        Grant grant = Grant.of(AwardTerms.of(template), event.subject());
        AwardOutcome outcome = template.awardable().details().acceptanceRequired()
                ? granting.awardOrOffer(template, grant, Optional.empty())
                : granting.award(grant.heldBy(recipients.holderOf(event.subject())),
                        new AwardSource.FromRule(rule.describe()), clock.now());
        return outcome instanceof AwardOutcome.Awarded awarded ? Optional.of(awarded.award()) : Optional.empty();
    }
}
