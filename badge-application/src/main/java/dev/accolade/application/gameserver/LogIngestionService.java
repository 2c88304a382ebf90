package dev.accolade.application.gameserver;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.gameserver.LoggedAchievementRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.EventRecording;
import dev.accolade.application.shared.BatchGranting;
import dev.accolade.application.shared.Granting;
import dev.accolade.application.shared.LostRaces;
import dev.accolade.application.shared.PublicIds;
import dev.accolade.application.shared.Recipients;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.award.AwardTerms;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.event.TemplatePublished;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.gameserver.LoggedAchievement;
import dev.accolade.domain.gameserver.ServerKey;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.logline.LogTimestamp;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.logline.MinecraftLogFormat;
import dev.accolade.domain.logline.MinecraftLogReader;
import dev.accolade.domain.logline.ReadAnnouncement;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.MetricEvent;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateDetails;
import dev.accolade.domain.template.TemplateId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a server's log into awards: each announced achievement becomes, on first sight, a published,
 * non-repeatable template of the server's issuer, awarded to the player's identity as of the line's
 * time, with the line kept, and records a {@code minecraft.achievement} event for the player, which rules
 * may count. A line read before gives nothing; so does one whose player already holds the achievement
 * (but its event still counts, once). A batch is one unit of work, run again when a concurrent batch read
 * the same line.
 */
final class LogIngestionService implements LogIngestion {

    /** How far ahead of the clock a time-only line may be before it is taken for yesterday's. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** The metric of the event each announced achievement records, for rules on game achievements. */
    static final Metric ACHIEVEMENTS = new Metric("minecraft.achievement");

    private final TransactionPort transactions;
    private final IdGeneratorPort ids;
    private final PublicIds publicIds;
    private final EventPublisherPort events;
    private final TemplateRepository templates;
    private final LoggedAchievementRepository loggedAchievements;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final ServerAccess servers;
    private final Recipients recipients;
    private final Granting granting;
    private final EventRecording recording;

    LogIngestionService(TransactionPort transactions, IdGeneratorPort ids, PublicIds publicIds,
            EventPublisherPort events,
            TemplateRepository templates, LoggedAchievementRepository loggedAchievements, ClockPort clock,
            CommandValidator validator, ServerAccess servers,
            Recipients recipients, Granting granting, EventRecording recording) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.ids = requireNonNull(ids, "ids");
        this.publicIds = requireNonNull(publicIds, "publicIds");
        this.events = requireNonNull(events, "events");
        this.templates = requireNonNull(templates, "templates");
        this.loggedAchievements = requireNonNull(loggedAchievements, "loggedAchievements");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.servers = requireNonNull(servers, "servers");
        this.recipients = requireNonNull(recipients, "recipients");
        this.granting = requireNonNull(granting, "granting");
        this.recording = requireNonNull(recording, "recording");
    }

    @Override
    public IngestionResult ingestLogLines(IngestLogLinesCommand command) {
        validator.validate(command);
        GameServer server = transactions.readOnly(() -> servers.owned(command.actor(), command.server()));
        LocalDate start = Optional.ofNullable(command.startDate()).orElseGet(() -> startDate(server,
                command.lines()));
        MinecraftLogReader reader = MinecraftLogReader.startingOn(start, server.zone());
        List<ReadAnnouncement> read = command.lines().stream().map(reader::read).flatMap(Optional::stream).toList();
        return record(command.actor(), command.server(), read, command.lines().size());
    }

    @Override
    public IngestionResult recordAnnouncements(RecordAnnouncementsCommand command) {
        validator.validate(command);
        return record(command.actor(), command.server(), command.announcements(), command.linesRead());
    }

    private IngestionResult record(Actor actor, ServerKey key, List<ReadAnnouncement> announcements, int lines) {
        return LostRaces.retried(() -> transactions.inTransaction(() -> {
            GameServer server = servers.owned(actor, key);
            Instant now = clock.now();
            List<LoggedAchievement> logged = awarded(server, announcements, now);
            loggedAchievements.insertAll(logged);
            return new IngestionResult(lines, logged.size(), announcements.size() - logged.size());
        }));
    }

    /**
     * Records the events of the lines not read before, in order, as one set ({@link EventRecording.Batch#recordAll}),
     * then makes the awards of all of them together ({@link Granting#awardAll}): the lines read before, the players'
     * holders and their holdings each read in one query. A line given twice in the batch counts once, as its second
     * reading would find it read.
     */
    private List<LoggedAchievement> awarded(GameServer server, List<ReadAnnouncement> announcements, Instant now) {
        Set<String> readBefore = new HashSet<>(loggedAchievements.containedLines(server.id(), announcements.stream()
                .map(read -> read.line().fingerprint()).toList()));
        List<MetricEvent> events = new ArrayList<>();
        Map<String, Template> byTitle = new HashMap<>();
        List<ReadAnnouncement> fresh = new ArrayList<>();
        List<Template> of = new ArrayList<>();
        for (ReadAnnouncement read : announcements) {
            if (!readBefore.add(read.line().fingerprint())) {
                continue;
            }
            of.add(byTitle.computeIfAbsent(read.announcement().title(), title -> templateFor(server, title, now)));
            fresh.add(read);
            events.add(new MetricEvent(server.issuer(), "log:" + server.id().value() + ":"
                    + read.line().fingerprint(), server.player(read.announcement().player()), ACHIEVEMENTS, 1,
                    read.at(), now));
        }
        recording.batch().recordAll(events);
        Map<Identity, Optional<MemberId>> holders = recipients.holdersOf(fresh.stream()
                .<Identity>map(read -> server.player(read.announcement().player())).toList());
        List<BatchGranting.Direct> wanted = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            ReadAnnouncement read = fresh.get(i);
            Identity player = server.player(read.announcement().player());
            wanted.add(new BatchGranting.Direct(Grant.of(AwardTerms.of(of.get(i)), player)
                    .heldBy(holders.get(player)), new AwardSource.FromLogLine(read.line()), read.at()));
        }
        List<AwardOutcome> outcomes = granting.awardAll(wanted);
        List<LoggedAchievement> logged = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            if (outcomes.get(i) instanceof AwardOutcome.Awarded awarded) {
                ReadAnnouncement read = fresh.get(i);
                logged.add(new LoggedAchievement(awarded.award().id(), server.id(), read.announcement(), read.at(),
                        read.line(), now));
            }
        }
        return logged;
    }

    /** The issuer's template of this title, published now if it never was; a new non-repeatable one on first sight. */
    private Template templateFor(GameServer server, String title, Instant now) {
        Optional<Template> existing = templates.findByTitle(server.issuer(), title);
        if (existing.filter(Template::isPublished).isPresent()) {
            return existing.get();
        }
        if (existing.isPresent()) {
            Template published = existing.get().publishNow(now);
            templates.update(published);
            events.publish(new TemplatePublished(published, now));
            return published;
        }
        Template created = Template.create(new TemplateId(ids.nextId()), publicIds.next(), server.issuer(),
                TemplateDetails.titled(title).description("A Minecraft achievement on " + server.name() + ".")
                        .repeatable(false).build(), now).publishNow(now);
        templates.insert(created);
        events.publish(new TemplatePublished(created, now));
        return created;
    }

    /**
     * The day a batch of time-only lines starts on: today in the server's time zone, or yesterday when
     * the first line's time is still to come today, as for lines written just before midnight.
     */
    private LocalDate startDate(GameServer server, List<String> lines) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.now(), server.zone());
        Optional<LocalTime> first = lines.stream().map(MinecraftLogFormat::parse)
                .flatMap(parsed -> parsed.timestamp().stream()).findFirst()
                .filter(stamp -> stamp.date().isEmpty()).map(LogTimestamp::time);
        boolean yesterdays = first.filter(time -> time.isAfter(now.toLocalTime().plus(CLOCK_SKEW))
                && now.toLocalTime().plus(CLOCK_SKEW).isAfter(now.toLocalTime())).isPresent();
        return yesterdays ? now.toLocalDate().minusDays(1) : now.toLocalDate();
    }
}
