package dev.accolade.application.rule;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.rule.MetricCounterRepository;
import dev.accolade.application.port.out.rule.MetricEventRepository;
import dev.accolade.application.port.out.rule.RuleJobRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.IssuerZones;
import dev.accolade.application.shared.LostRaces;
import dev.accolade.application.shared.RuleAwarding;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.rule.CompositeRule;
import dev.accolade.domain.rule.MetricEvent;
import dev.accolade.domain.rule.MetricRule;
import dev.accolade.domain.rule.Rule;
import dev.accolade.domain.rule.RuleHistory;
import dev.accolade.domain.rule.RuleJob;
import dev.accolade.domain.rule.ThresholdRule;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Runs retroactive jobs: claims one, then walks the subjects with history on its rule's metric (for a composite
 * rule, the holders of the templates it names) a page at a time (for a window or streak rule, setting each one's day
 * sums afresh from its events),
 * each page one unit of work that awards the subjects who qualify (dated when they qualified) and moves the job's
 * place, so that a stopped job resumes after its last page; a round ends by letting the job go for the next. An
 * award is made once per rule and subject however often a page is run again, by this instance or another.
 */
final class RetroactiveAwarding {

    /** Subjects per unit of work. */
    static final int PAGE = 500;
    /** Pages per round, before the job is let go for the next round. */
    static final int PAGES_PER_ROUND = 20;
    /** How long a claim holds: a job its instance stopped running is taken up after this. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final TransactionPort transactions;
    private final RuleJobRepository jobs;
    private final TemplateRepository templates;
    private final MetricCounterRepository counters;
    private final MetricEventRepository events;
    private final CompositeHolders holders;
    private final RuleAwarding awarding;
    private final IssuerZones zones;
    private final ClockPort clock;

    RetroactiveAwarding(TransactionPort transactions, RuleJobRepository jobs, TemplateRepository templates,
            MetricCounterRepository counters, MetricEventRepository events, CompositeHolders holders,
            RuleAwarding awarding, IssuerZones zones, ClockPort clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.jobs = requireNonNull(jobs, "jobs");
        this.templates = requireNonNull(templates, "templates");
        this.counters = requireNonNull(counters, "counters");
        this.events = requireNonNull(events, "events");
        this.holders = requireNonNull(holders, "holders");
        this.awarding = requireNonNull(awarding, "awarding");
        this.zones = requireNonNull(zones, "zones");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Claims an open job and runs a round of its pages: the subjects examined. */
    int runRound() {
        Optional<RuleJob> claimed = LostRaces.retried(() -> transactions.inTransaction(() -> {
            Instant now = clock.now();
            return jobs.claimNext(now, now.plus(LEASE));
        }));
        if (claimed.isEmpty()) {
            return 0;
        }
        TemplateId template = claimed.get().template();
        int examined = 0;
        for (int page = 0; page < PAGES_PER_ROUND; page++) {
            RuleJob before = LostRaces.retried(() -> transactions.readOnly(() -> jobs.find(template))).orElseThrow();
            RuleJob after = LostRaces.retried(() -> transactions.inTransaction(() -> page(template)));
            examined += (int) (after.examined() - before.examined());
            if (!after.open()) {
                return examined;
            }
        }
        LostRaces.retried(() -> transactions.inTransaction(() -> {
            jobs.find(template).filter(RuleJob::open).ifPresent(job -> jobs.save(job.released()));
            return null;
        }));
        return examined;
    }

    /** Examines the next page of the job's subjects, in one unit of work: the job after it. */
    private RuleJob page(TemplateId id) {
        RuleJob job = jobs.find(id).orElseThrow();
        Instant now = clock.now();
        Optional<Template> template = templates.findById(id);
        Optional<Rule> live = template.flatMap(Template::live).flatMap(revision -> revision.details().rule());
        if (!job.open() || live.isEmpty() || !live.get().describe().equals(job.rule())) {
            RuleJob done = job.open() ? job.finished(now) : job;
            jobs.save(done);
            return done;
        }
        Rule rule = live.get();
        ZoneId zone = zones.of(job.issuer());
        List<Identity> subjects = rule instanceof CompositeRule composite
                ? holders.subjects(composite, job.after(), PAGE)
                : counters.subjects(job.issuer(), ((MetricRule) rule).metric(), job.after(), PAGE);
        long awarded = subjects.stream().filter(subject -> awarded(template.get(), rule, subject, zone)).count();
        RuleJob next = subjects.isEmpty() ? job
                : job.advanced(subjects.get(subjects.size() - 1).key(), subjects.size(), awarded);
        next = subjects.size() < PAGE ? next.finished(now) : next.claimedUntil(now.plus(LEASE));
        jobs.save(next);
        return next;
    }

    /**
     * Whether the subject's stored history meets the rule and the rule gave it the template now. For a rule that
     * reads day sums, the subject's day sums on the metric are first set afresh from its events, whether or not it
     * is awarded: they are kept only while such a rule is live, so events from before it went live are not in them.
     */
    private boolean awarded(Template template, Rule rule, Identity subject, ZoneId zone) {
        if (rule instanceof MetricRule metric && metric.readsDays()) {
            List<MetricEvent> history = events.history(template.issuer(), subject, metric.metric());
            counters.replaceDays(template.issuer(), subject, metric.metric(), RuleHistory.daySums(history, zone));
            return !awarding.awardedBefore(template.id(), subject)
                    && awardOnce(template, subject, RuleHistory.qualifiedAt(metric, history, zone));
        }
        return !awarding.awardedBefore(template.id(), subject)
                && awardOnce(template, subject, qualifiedAt(template, rule, subject, zone));
    }

    private boolean awardOnce(Template template, Identity subject, Optional<Instant> qualified) {
        return qualified.isPresent()
                && awarding.awardOnce(template, subject, qualified.get(), qualified.get()).isPresent();
    }

    /**
     * When the subject met a composite rule or an all-time threshold: when it came to hold enough templates, or
     * from its events on the metric once its sum shows it may have.
     */
    private Optional<Instant> qualifiedAt(Template template, Rule rule, Identity subject, ZoneId zone) {
        if (rule instanceof CompositeRule composite) {
            return holders.qualifiedAt(composite, subject);
        }
        ThresholdRule threshold = (ThresholdRule) rule;
        if (counters.total(template.issuer(), subject, threshold.metric()) < threshold.atLeast()) {
            return Optional.empty();
        }
        return RuleHistory.qualifiedAt(threshold, events.history(template.issuer(), subject, threshold.metric()),
                zone);
    }
}
