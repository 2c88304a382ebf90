package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.award.RevokeAwardCommand;
import dev.accolade.application.issuer.IssuerProfileInput;
import dev.accolade.application.issuer.UpdateIssuerProfileCommand;
import dev.accolade.application.rule.EventInput;
import dev.accolade.application.rule.ProgressQuery;
import dev.accolade.application.rule.RecordEventsCommand;
import dev.accolade.application.rule.RecordedEvents;
import dev.accolade.application.rule.TemplateProgress;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.RuleInput;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.application.template.UpdateTemplateCommand;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.event.AwardGranted;
import dev.accolade.domain.event.AwardRevoked;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.rule.Progress;
import dev.accolade.domain.template.Template;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rule kinds beyond the all-time threshold: sliding windows, streaks of days and weeks, and composite rules
 * over other templates of the issuer (completed by rule awards and by awards made by a call alike), each awarded
 * once; their checks before anything is written; progress towards each.
 */
public abstract class RuleKindsUseCasesTest extends UseCaseTest {

    private static final String STEVE = "handle:forum/steve";

    private Issuer forum;
    private Instant today;

    @BeforeEach
    void anIssuer() {
        forum = issuer("forum");
        today = clock.peek();
    }

    private RecordedEvents record(EventInput... events) {
        return accolade.rules().recordEvents(new RecordEventsCommand(as(forum), forum.id(), List.of(events)));
    }

    private EventInput login(String id, int daysAgo) {
        return new EventInput(id, STEVE, "login", null, today.minus(Duration.ofDays(daysAgo)));
    }

    private EventInput comments(String id, long value, int daysAgo) {
        return new EventInput(id, STEVE, "comments", value, today.minus(Duration.ofDays(daysAgo)));
    }

    private Optional<Award> held(Template template) {
        return store.transactions().readOnly(() -> store.awards().findActive(template.id(), Identity.parse(STEVE),
                Optional.empty()));
    }

    private List<Progress> progress() {
        return accolade.rules().getProgress(new ProgressQuery(as(forum), forum.id(), STEVE)).stream()
                .map(TemplateProgress::progress).toList();
    }

    private Template draft(Issuer issuer, TemplateInput content) {
        return accolade.templates().createTemplate(new CreateTemplateCommand(as(issuer), issuer.id(), content, false));
    }

    @Test
    void a_windowed_threshold_counts_only_the_events_of_some_window_of_days() {
        Template busyWeek = published(forum, ruled("Busy week", RuleInput.threshold("comments", 10, 7)));

        assertThat(record(comments("a", 6, 20), comments("b", 6, 10)).awards()).isEmpty();
        RecordedEvents met = record(comments("c", 4, 4));

        assertThat(met.awards()).extracting(award -> award.grant().template()).containsExactly(busyWeek.id());
        assertThat(met.awards().get(0).source())
                .isEqualTo(new AwardSource.FromRule("threshold comments >= 10 in 7 days"));
        assertThat(record(comments("d", 40, 3)).awards()).isEmpty();
    }

    @Test
    void seven_consecutive_days_of_login_earn_the_streak_once() {
        Template week = published(forum, ruled("Seven days", RuleInput.streakOfDays("login", 7)));

        IntStream.range(1, 7).forEach(day -> assertThat(record(login("l" + day, 7 - day)).awards()).isEmpty());
        assertThat(record(login("l1", 0)).awards()).isEmpty();
        RecordedEvents seventh = record(login("l7", 0));

        assertThat(seventh.awards()).hasSize(1);
        assertThat(held(week)).isPresent();
        assertThat(record(login("l8", 7), login("l1", 6)).awards()).isEmpty();
        assertThat(delivered(AwardGranted.class)).hasSize(1);
    }

    @Test
    void a_late_event_inside_a_gap_joins_two_runs_into_a_streak() {
        published(forum, ruled("Five days", RuleInput.streakOfDays("login", 5)));
        record(login("a", 0), login("b", 1), login("d", 3), login("e", 4));

        RecordedEvents late = record(login("c", 2));

        assertThat(late.awards()).hasSize(1);
    }

    @Test
    void streak_days_are_counted_in_the_issuers_time_zone() {
        published(forum, ruled("Two days", RuleInput.streakOfDays("login", 2)));
        Issuer utc = issuer("utc");
        published(utc, ruled("Two days", RuleInput.streakOfDays("login", 2)));
        accolade.issuers().updateIssuerProfile(new UpdateIssuerProfileCommand(as(forum), forum.id(),
                new IssuerProfileInput("", "", "", "", "America/Los_Angeles")));
        Instant lateEvening = Instant.parse("2020-01-15T07:00:00Z");
        Instant earlyMorning = Instant.parse("2020-01-15T09:00:00Z");
        List<EventInput> logins = List.of(new EventInput("a", STEVE, "login", null, lateEvening),
                new EventInput("b", STEVE, "login", null, earlyMorning));

        assertThat(accolade.rules().recordEvents(new RecordEventsCommand(as(forum), forum.id(), logins)).awards())
                .hasSize(1);
        assertThat(accolade.rules().recordEvents(new RecordEventsCommand(as(utc), utc.id(), logins)).awards())
                .isEmpty();
    }

    @Test
    void streak_days_are_counted_in_the_subjects_time_zone_when_events_carry_one() {
        Template twoDays = published(forum, ruled("Two days", RuleInput.streakOfDays("login", 2)));
        Instant lateEvening = Instant.parse("2020-01-15T07:00:00Z");
        Instant earlyMorning = Instant.parse("2020-01-15T09:00:00Z");

        assertThat(record(new EventInput("a", STEVE, "login", null, lateEvening),
                new EventInput("b", STEVE, "login", null, earlyMorning)).awards()).isEmpty();
        RecordedEvents zoned = record(new EventInput("c", STEVE, "login", null, lateEvening, "America/Los_Angeles"),
                new EventInput("d", STEVE, "login", null, earlyMorning, "America/Los_Angeles"));

        assertThat(zoned.awards()).extracting(award -> award.grant().template()).containsExactly(twoDays.id());
        assertThat(store.transactions().readOnly(() -> store.metricEvents().find(forum.id(), "c")).orElseThrow()
                .timeZone()).contains(ZoneId.of("America/Los_Angeles"));
    }

    @Test
    void a_retroactive_job_counts_each_event_on_the_day_of_its_own_time_zone() {
        record(new EventInput("a", STEVE, "login", null, Instant.parse("2020-01-15T07:00:00Z"), "Asia/Tokyo"),
                new EventInput("b", STEVE, "login", null, Instant.parse("2020-01-15T16:00:00Z"), "Asia/Tokyo"));

        Template twoDays = published(forum, ruled("Two days", RuleInput.streakOfDays("login", 2)));
        accolade.rules().runRuleJobs();

        assertThat(held(twoDays)).isPresent();
    }

    @Test
    void an_event_naming_a_time_zone_that_does_not_exist_refuses_the_whole_batch() {
        published(forum, ruled("One login", RuleInput.threshold("login", 1)));

        for (String bad : List.of("Mars/Olympus_Mons", " ", "Europe/Berlin; DROP", "x".repeat(65))) {
            assertRefusedWithoutChange(() -> record(login("fine", 0), new EventInput("zoned", STEVE, "login", null,
                    today, bad)), "event_time_zone_invalid");
        }

        assertThat(record(login("fine", 0)).recorded()).isEqualTo(1);
    }

    @Test
    void a_subject_crossing_a_threshold_mid_batch_is_awarded_once_as_of_the_crossing_event() {
        Template three = published(forum, ruled("Three", RuleInput.threshold("comments", 3)));
        Template five = published(forum, ruled("Five", RuleInput.threshold("comments", 5)));
        Identity alex = Identity.parse("handle:forum/alex");

        RecordedEvents batch = record(comments("a", 1, 6), comments("b", 1, 5),
                new EventInput("x", alex.key(), "comments", 3L, today.minus(Duration.ofDays(9))),
                comments("c", 1, 4), comments("d", 1, 3), comments("e", 3, 2), comments("f", 1, 1));

        assertThat(batch.awards()).extracting(award -> award.grant().template(), award -> award.grant().recipient())
                .containsExactly(tuple(three.id(), alex),
                        tuple(three.id(), Identity.parse(STEVE)),
                        tuple(five.id(), Identity.parse(STEVE)));
        assertThat(store.transactions().readOnly(() -> store.ruleAwards().qualifiedAt(three.id(),
                Identity.parse(STEVE)))).contains(today.minus(Duration.ofDays(4)));
        assertThat(store.transactions().readOnly(() -> store.ruleAwards().qualifiedAt(five.id(),
                Identity.parse(STEVE)))).contains(today.minus(Duration.ofDays(2)));
        assertThat(record(comments("g", 1, 0)).awards()).isEmpty();
        assertThat(progress()).extracting(Progress::held).containsExactly(true, true);
    }

    @Test
    void weeks_with_any_event_make_a_streak_of_weeks() {
        published(forum, ruled("Three weeks", RuleInput.streakOfWeeks("login", 3)));

        assertThat(record(login("a", 0), login("b", 7)).awards()).isEmpty();
        assertThat(record(login("c", 14)).awards()).hasSize(1);
    }

    @Test
    void tiers_on_one_metric_are_each_awarded_as_the_sum_rises() {
        Template bronze = published(forum, ruled("Bronze", RuleInput.threshold("comments", 5)));
        Template silver = published(forum, ruled("Silver", RuleInput.threshold("comments", 25)));
        Template gold = published(forum, ruled("Gold", RuleInput.threshold("comments", 100)));

        assertThat(record(comments("a", 30, 0)).awards()).extracting(award -> award.grant().template())
                .containsExactly(bronze.id(), silver.id());
        assertThat(record(comments("b", 70, 0)).awards()).extracting(award -> award.grant().template())
                .containsExactly(gold.id());
    }

    @Test
    void an_all_of_rule_is_awarded_when_the_rules_it_names_are_and_so_on_transitively() {
        Template poster = published(forum, ruled("Poster", RuleInput.threshold("comments", 1)));
        Template regular = published(forum, ruled("Regular", RuleInput.streakOfDays("login", 2)));
        Template both = published(forum, ruled("Both", RuleInput.allOf(List.of(poster.id().value(),
                regular.id().value()))));
        Template crown = published(forum, ruled("Crown", RuleInput.anyOf(List.of(both.id().value()), 1)));

        assertThat(record(comments("c", 1, 0), login("a", 0)).awards()).extracting(award -> award.grant().template())
                .containsExactly(poster.id());
        RecordedEvents completing = record(login("b", 1));

        assertThat(completing.awards()).extracting(award -> award.grant().template())
                .containsExactly(regular.id(), both.id(), crown.id());
        assertThat(completing.awards().get(1).source().kind()).isEqualTo(AwardSource.Kind.RULE);
    }

    @Test
    void a_composite_rule_is_also_completed_by_awards_made_by_a_call() {
        Template first = published(forum, "First");
        Template second = published(forum, "Second");
        Template either = published(forum, ruled("Either", RuleInput.anyOf(List.of(first.id().value(),
                second.id().value()), 1)));

        accolade.awards().award(AwardCommand.of(as(forum), first.id(), Identity.parse(STEVE)));
        accolade.awards().award(AwardCommand.of(as(forum), second.id(), Identity.parse(STEVE)));

        assertThat(held(either)).isPresent();
        assertThat(delivered(AwardGranted.class)).extracting(granted -> granted.award().grant().template())
                .containsExactly(first.id(), either.id(), second.id());
    }

    @Test
    void revoking_an_award_a_composite_was_built_on_leaves_the_composite_which_is_not_awarded_again() {
        Template first = published(forum, "First");
        Template second = published(forum, "Second");
        Template both = published(forum, ruled("Both", RuleInput.allOf(List.of(first.id().value(),
                second.id().value()))));
        Award base = ((AwardOutcome.Awarded) accolade.awards().award(AwardCommand.of(as(forum), first.id(),
                Identity.parse(STEVE)))).award();
        accolade.awards().award(AwardCommand.of(as(forum), second.id(), Identity.parse(STEVE)));
        Award composite = held(both).orElseThrow();

        accolade.awards().revokeAward(new RevokeAwardCommand(as(forum), base.id(), "Given by mistake"));

        assertThat(held(both)).contains(composite);
        assertThat(delivered(AwardRevoked.class)).extracting(revoked -> revoked.award().id())
                .containsExactly(base.id());
        assertThat(progress()).containsExactly(new Progress(1, 2, true));
        accolade.awards().award(AwardCommand.of(as(forum), first.id(), Identity.parse(STEVE)));
        assertThat(delivered(AwardGranted.class)).extracting(granted -> granted.award().grant().template())
                .containsExactly(first.id(), second.id(), both.id(), first.id());
    }

    @Test
    void a_composite_rule_naming_an_unknown_a_foreign_or_a_cyclic_template_is_refused_and_nothing_written() {
        Template a = published(forum, ruled("A", RuleInput.threshold("comments", 1)));
        Template b = published(forum, ruled("B", RuleInput.anyOf(List.of(a.id().value()), 1)));
        Issuer other = issuer("other");
        Template theirs = published(other, "Theirs");

        assertRefusedWithoutChange(() -> draft(forum, ruled("Unknown", RuleInput.allOf(List.of(999_999L)))),
                "rule_template_unknown");
        assertRefusedWithoutChange(() -> draft(forum, ruled("Foreign", RuleInput.allOf(List.of(a.id().value(),
                theirs.id().value())))), "rule_template_foreign");
        assertRefusedWithoutChange(() -> accolade.templates().updateTemplate(new UpdateTemplateCommand(as(forum),
                a.id(), ruled("A", RuleInput.anyOf(List.of(b.id().value()), 1)))), "rule_cycle");
        assertRefusedWithoutChange(() -> accolade.templates().updateTemplate(new UpdateTemplateCommand(as(forum),
                b.id(), ruled("B", RuleInput.anyOf(List.of(b.id().value()), 1)))), "rule_cycle");
        assertRefusedWithoutChange(() -> draft(forum, ruled("Too many", RuleInput.anyOf(List.of(a.id().value()),
                2))), "rule_at_least_invalid");
        assertRefusedWithoutChange(() -> draft(forum, ruled("Empty", RuleInput.allOf(List.of()))),
                "rule_templates_invalid");
    }

    @Test
    void progress_shows_windows_streaks_and_composites() {
        Template poster = published(forum, ruled("Poster", RuleInput.threshold("comments", 100)));
        published(forum, ruled("Busy week", RuleInput.threshold("comments", 10, 7)));
        published(forum, ruled("Seven days", RuleInput.streakOfDays("login", 7)));
        Template first = published(forum, "First");
        published(forum, ruled("Two of", RuleInput.anyOf(List.of(poster.id().value(), first.id().value()), 2)));
        record(comments("old", 5, 30), comments("new", 3, 2), login("a", 1), login("b", 2), login("c", 4));
        accolade.awards().award(AwardCommand.of(as(forum), first.id(), Identity.parse(STEVE)));

        assertThat(progress()).containsExactly(new Progress(8, 100, false), new Progress(3, 10, false),
                new Progress(2, 7, false), new Progress(1, 2, false));
        assertThat(progress().get(3).percent()).isEqualTo(50);
    }
}
