package dev.accolade.application.rule;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.rule.MetricCounterRepository;
import dev.accolade.application.port.out.rule.RuleJobRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.EventRecording;
import dev.accolade.application.shared.HiddenTemplates;
import dev.accolade.application.shared.IssuerZones;
import dev.accolade.application.shared.LostRaces;
import dev.accolade.application.shared.Recipients;
import dev.accolade.application.shared.RecordedBatch;
import dev.accolade.application.shared.RuleAwarding;
import dev.accolade.application.shared.TemplateLookup;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.rule.CompositeRule;
import dev.accolade.domain.rule.DayTally;
import dev.accolade.domain.rule.EventBatch;
import dev.accolade.domain.rule.MetricRule;
import dev.accolade.domain.rule.Progress;
import dev.accolade.domain.rule.Rule;
import dev.accolade.domain.template.Template;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Records events: the whole batch is checked first, then, in one unit of work, the new events are kept, added
 * to their subjects' sums, and the rules on their metrics evaluated event by event (through
 * {@link EventRecording}, a set at a time); an id the issuer recorded before changes nothing. Reads a subject's
 * progress from the same sums.
 */
final class RuleService implements Rules {

    private final TransactionPort transactions;
    private final MetricCounterRepository counters;
    private final TemplateRepository templates;
    private final AwardRepository awards;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;
    private final Recipients recipients;
    private final EventRecording recording;
    private final HiddenTemplates hidden;
    private final RuleAwarding awarding;
    private final IssuerZones zones;
    private final RuleJobRepository jobs;
    private final TemplateLookup lookup;
    private final RetroactiveAwarding retroactive;

    RuleService(TransactionPort transactions, MetricCounterRepository counters, TemplateRepository templates,
            AwardRepository awards, ClockPort clock, CommandValidator validator, Access access,
            Recipients recipients, EventRecording recording, HiddenTemplates hidden, RuleAwarding awarding,
            IssuerZones zones, RuleJobRepository jobs, TemplateLookup lookup, RetroactiveAwarding retroactive) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.counters = requireNonNull(counters, "counters");
        this.templates = requireNonNull(templates, "templates");
        this.awards = requireNonNull(awards, "awards");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.recipients = requireNonNull(recipients, "recipients");
        this.recording = requireNonNull(recording, "recording");
        this.hidden = requireNonNull(hidden, "hidden");
        this.awarding = requireNonNull(awarding, "awarding");
        this.zones = requireNonNull(zones, "zones");
        this.jobs = requireNonNull(jobs, "jobs");
        this.lookup = requireNonNull(lookup, "lookup");
        this.retroactive = requireNonNull(retroactive, "retroactive");
    }

    @Override
    public RuleStatus getRule(RuleQuery query) {
        validator.validate(query);
        return transactions.readOnly(() -> {
            Template template = lookup.own(query.actor(), query.template());
            return new RuleStatus(template.id(), template.live().flatMap(live -> live.details().rule()),
                    jobs.find(template.id()));
        });
    }

    @Override
    public int runRuleJobs() {
        return retroactive.runRound();
    }

    @Override
    public RecordedEvents recordEvents(RecordEventsCommand command) {
        validator.validate(command);
        transactions.readOnly(() -> access.issuerFor(command.actor(), command.issuer()));
        EventBatch batch = EventReader.batch(command.issuer(), command.events(), clock.now());
        return LostRaces.retried(() -> transactions.inTransaction(() -> {
            access.issuerFor(command.actor(), command.issuer());
            RecordedBatch recorded = recording.batch().recordAll(batch.events());
            return new RecordedEvents(recorded.recorded(), recorded.duplicates(), recorded.awards());
        }));
    }

    @Override
    public List<TemplateProgress> getProgress(ProgressQuery query) {
        validator.validate(query);
        Identity subject = EventReader.subject(query.subject());
        return transactions.readOnly(() -> {
            Optional<MemberId> holder = recipients.holderOf(subject);
            checkReadable(query.actor(), query.issuer(), holder);
            LocalDate today = clock.now().atZone(zones.of(query.issuer())).toLocalDate();
            return templates.findWithLiveRule(query.issuer()).stream()
                    .map(template -> progress(query.actor(), template, subject, holder, today)).toList();
        });
    }

    /**
     * A subject's value towards a rule on a metric today: its all-time sum (one read by key), or its sums on the
     * days the rule's window or streak spans (one read by key range).
     */
    private long value(MetricRule rule, IssuerId issuer, Identity subject, LocalDate today) {
        long total = rule.daysBefore(today).isPresent() ? 0 : counters.total(issuer, subject, rule.metric());
        DayTally days = rule.daysBefore(today)
                .map(range -> DayTally.of(counters.days(issuer, subject, rule.metric(), range)))
                .orElseGet(DayTally::empty);
        return rule.progressOn(total, days, today);
    }

    /** The issuer's side reads any subject's progress; a member reads that of an identity it holds. */
    private void checkReadable(Actor actor, IssuerId issuer, Optional<MemberId> holder) {
        Optional<MemberId> member = Access.memberOf(actor);
        if (member.isEmpty() || !member.equals(holder)) {
            access.issuerFor(actor, issuer);
        }
    }

    private TemplateProgress progress(Actor actor, Template template, Identity subject, Optional<MemberId> holder,
            LocalDate today) {
        Rule rule = template.awardable().details().rule().orElseThrow();
        long value = rule instanceof MetricRule ruled ? value(ruled, template.issuer(), subject, today)
                : awarding.heldCount((CompositeRule) rule, subject, holder);
        boolean held = awards.findActive(template.id(), subject, holder).isPresent();
        return new TemplateProgress(template.id(), template.awardable().details().title(), rule,
                new Progress(value, rule.target(), held), hidden.concealedInProgress(actor, template, held));
    }
}
