package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.rule.MetricCounterRepository;
import dev.accolade.application.port.out.rule.MetricEventRepository;
import dev.accolade.application.port.out.rule.SubjectDay;
import dev.accolade.application.port.out.rule.SubjectMetric;
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
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.webhook.WebhookEndpoint;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records events and evaluates the rules they may meet, inside the caller's unit of work, a set at a time: the new
 * events of a batch are kept in one store call; their values are added, summed per subject and metric and, for the
 * metrics a live window or streak rule reads, per day (in the event's own time zone, else the issuer's), as written
 * batches, after the sums before the batch were read
 * in one query (and, for the keys a window or streak rule looks at, the days it needs in one more); then each new
 * event in order adds to the running sums kept in memory, and the templates whose live rule is on its metric
 * (found once per metric per batch) are decided from them. A subject who meets a rule is given the template through
 * {@link RuleAwarding}, once ever, with the composite rules that completes, qualified as of the event that made it
 * meet the rule. An event id its issuer recorded before changes nothing.
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
        private final Set<Map.Entry<TemplateId, String>> settled = new HashSet<>();

        private Batch() {
        }

        /**
         * Records an event: the awards its rules made (possibly none), or empty when its issuer recorded an
         * event with its id before, which changed nothing.
         */
        public Optional<List<Award>> record(MetricEvent event) {
            RecordedBatch recorded = recordAll(List.of(event));
            return recorded.recorded() == 0 ? Optional.empty() : Optional.of(recorded.awards());
        }

        /**
         * Records events with distinct ids, in their order: which were duplicates, and the awards their rules
         * made, exactly as recording them one by one would.
         */
        public RecordedBatch recordAll(List<MetricEvent> batch) {
            Map<IssuerId, List<MetricEvent>> byIssuer = new LinkedHashMap<>();
            batch.forEach(event -> byIssuer.computeIfAbsent(event.issuer(), issuer -> new ArrayList<>()).add(event));
            Set<String> fresh = new HashSet<>();
            List<Award> made = new ArrayList<>();
            byIssuer.forEach((issuer, theirs) -> made.addAll(recordOf(issuer, theirs, fresh)));
            List<String> duplicates = batch.stream().map(MetricEvent::id).filter(id -> !fresh.contains(id)).toList();
            return new RecordedBatch(batch.size() - duplicates.size(), duplicates, made);
        }

        private List<Award> recordOf(IssuerId issuer, List<MetricEvent> batch, Set<String> fresh) {
            Set<String> recorded = events.insertNew(batch);
            fresh.addAll(recorded);
            List<MetricEvent> counted = batch.stream().filter(event -> recorded.contains(event.id())).toList();
            if (counted.isEmpty()) {
                return List.of();
            }
            ZoneId zone = zoneOf.computeIfAbsent(issuer, zones::of);
            LocalDate today = clock.now().atZone(zone).toLocalDate();
            boolean watched = !watchersOf.computeIfAbsent(issuer, notices::subscribers).isEmpty();
            RunningSums sums = RunningSums.of(counted, zone);
            Map<SubjectMetric, DayRange> spans = new HashMap<>();
            for (MetricEvent event : counted) {
                for (Template template : candidates(issuer, event.metric())) {
                    MetricRule rule = ruleOf(template);
                    rule.daysAround(event.dayIn(zone)).ifPresent(range -> spans.merge(key(event), range,
                            RunningSums::union));
                    rule.daysBefore(today).filter(range -> watched).ifPresent(range -> spans.merge(key(event), range,
                            RunningSums::union));
                }
            }
            sums.start(counters.totals(issuer, sums.keys()), counters.days(issuer, spans));
            counters.addAll(issuer, sums.increments());
            Map<SubjectDay, Long> dayIncrements = sums.dayIncrements(metric -> readByDay(issuer, metric));
            if (!dayIncrements.isEmpty()) {
                counters.addAllOnDays(issuer, dayIncrements);
            }
            List<Award> made = new ArrayList<>();
            for (MetricEvent event : counted) {
                LocalDate day = event.dayIn(zone);
                long total = sums.add(key(event), day, event.value());
                DayTally days = sums.days(key(event));
                for (Template template : candidates(issuer, event.metric())) {
                    MetricRule rule = ruleOf(template);
                    if (rule.metBy(total, days, day)) {
                        if (settled.add(Map.entry(template.id(), event.subject().key()))) {
                            made.addAll(awarding.award(template, event.subject(), event.occurredAt(), clock.now()));
                        }
                    } else if (watched) {
                        tellProgress(template, rule, event, new Progress(rule.progressOn(total, days, today),
                                rule.target(), false), day, today);
                    }
                }
            }
            return made;
        }

        /**
         * Whether some live rule on the metric reads day sums (a window or a streak): only then are the metric's
         * day sums kept; the rule job sets them afresh from the events when such a rule goes live.
         */
        private boolean readByDay(IssuerId issuer, Metric metric) {
            return candidates(issuer, metric).stream().anyMatch(template -> ruleOf(template).readsDays());
        }

        private List<Template> candidates(IssuerId issuer, Metric metric) {
            return ruledByMetric.computeIfAbsent(Map.entry(issuer, metric),
                    key -> templates.findByLiveRule(key.getKey(), key.getValue()));
        }

        /**
         * Tells the issuer's {@code progress.updated} subscribers the subject's progress on a template its rule has
         * not awarded it yet, as {@code GET /v1/progress} reads it; an event outside the days the progress spans (a
         * late one, for a window or streak) changes nothing and tells nothing.
         */
        private void tellProgress(Template template, MetricRule rule, MetricEvent event, Progress progress,
                LocalDate day, LocalDate today) {
            Optional<DayRange> span = rule.daysBefore(today);
            if (span.isPresent() && (day.isBefore(span.get().from()) || day.isAfter(span.get().to()))) {
                return;
            }
            if (settled.contains(Map.entry(template.id(), event.subject().key()))
                    || awarding.awardedBefore(template.id(), event.subject())) {
                return;
            }
            notices.send(watchersOf.get(event.issuer()), template, event.subject(), progress);
        }
    }

    private static MetricRule ruleOf(Template template) {
        return (MetricRule) template.awardable().details().rule().orElseThrow();
    }

    private static SubjectMetric key(MetricEvent event) {
        return new SubjectMetric(event.subject(), event.metric());
    }
}
