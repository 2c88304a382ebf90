package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.rule.MetricCounterRepository;
import dev.accolade.application.port.out.rule.MetricEventRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.DayRange;
import dev.accolade.domain.rule.DayTally;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.MetricEvent;
import dev.accolade.domain.rule.MetricRule;
import dev.accolade.domain.rule.Progress;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.webhook.WebhookEndpoint;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records events and evaluates the rules they may meet, inside the caller's unit of work: each new event adds to
 * its subject's all-time sum and to its sum on the event's day (in the issuer's time zone); only the templates
 * whose live rule is on the event's metric are looked at (found once per metric per batch), each reading at most
 * the few days its window or streak spans; a subject who meets a rule is given the template through
 * {@link RuleAwarding}, once ever, with the composite rules that completes. An event id its issuer recorded
 * before changes nothing.
 */
public final class EventRecording {

    private final MetricEventRepository events;
    private final MetricCounterRepository counters;
    private final TemplateRepository templates;
    private final RuleAwarding awarding;
    private final IssuerZones zones;
    private final ClockPort clock;
    private final ProgressNotices notices;

    /** Records through these ports, awards through {@code awarding} and tells progress through {@code notices}. */
    public EventRecording(MetricEventRepository events, MetricCounterRepository counters,
            TemplateRepository templates, RuleAwarding awarding, IssuerZones zones, ClockPort clock,
            ProgressNotices notices) {
        this.events = requireNonNull(events, "events");
        this.counters = requireNonNull(counters, "counters");
        this.templates = requireNonNull(templates, "templates");
        this.awarding = requireNonNull(awarding, "awarding");
        this.zones = requireNonNull(zones, "zones");
        this.clock = requireNonNull(clock, "clock");
        this.notices = requireNonNull(notices, "notices");
    }

    /** A new batch, for the events one unit of work records. */
    public Batch batch() {
        return new Batch();
    }

    /** The events of one unit of work, sharing the look-ups of the templates ruled by each metric and of zones. */
    public final class Batch {

        private final Map<Map.Entry<IssuerId, Metric>, List<Template>> ruledByMetric = new HashMap<>();
        private final Map<IssuerId, ZoneId> zoneOf = new HashMap<>();
        private final Map<IssuerId, List<WebhookEndpoint>> watchersOf = new HashMap<>();

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
            long total = counters.add(event.issuer(), event.subject(), event.metric(), event.value());
            LocalDate day = event.occurredAt().atZone(zoneOf.computeIfAbsent(event.issuer(), zones::of))
                    .toLocalDate();
            counters.addOnDay(event.issuer(), event.subject(), event.metric(), day, event.value());
            List<Template> candidates = ruledByMetric.computeIfAbsent(Map.entry(event.issuer(), event.metric()),
                    key -> templates.findByLiveRule(key.getKey(), key.getValue()));
            List<Award> made = new ArrayList<>();
            for (Template template : candidates) {
                MetricRule rule = (MetricRule) template.awardable().details().rule().orElseThrow();
                DayTally days = rule.daysAround(day).map(range -> DayTally.of(counters.days(event.issuer(),
                        event.subject(), event.metric(), range))).orElseGet(DayTally::empty);
                if (rule.metBy(total, days, day)) {
                    made.addAll(awarding.award(template, event.subject(), event.occurredAt(), clock.now()));
                } else {
                    tellProgress(template, rule, event, total, day);
                }
            }
            return Optional.of(made);
        }

        /**
         * Tells the issuer's {@code progress.updated} subscribers, if any, the subject's progress on a template its
         * rule has not awarded it yet, as {@code GET /v1/progress} reads it; an event outside the days the progress
         * spans (a late one, for a window or streak) changes nothing and tells nothing.
         */
        private void tellProgress(Template template, MetricRule rule, MetricEvent event, long total, LocalDate day) {
            List<WebhookEndpoint> watchers = watchersOf.computeIfAbsent(event.issuer(), notices::subscribers);
            if (watchers.isEmpty() || awarding.awardedBefore(template.id(), event.subject())) {
                return;
            }
            LocalDate today = clock.now().atZone(zoneOf.get(event.issuer())).toLocalDate();
            Optional<DayRange> span = rule.daysBefore(today);
            if (span.isPresent() && (day.isBefore(span.get().from()) || day.isAfter(span.get().to()))) {
                return;
            }
            DayTally days = span.map(range -> DayTally.of(counters.days(event.issuer(), event.subject(),
                    event.metric(), range))).orElseGet(DayTally::empty);
            notices.send(watchers, template, event.subject(),
                    new Progress(rule.progressOn(total, days, today), rule.target(), false));
        }
    }
}
