package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.Accolade;
import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.rule.EventInput;
import dev.accolade.application.rule.RecordEventsCommand;
import dev.accolade.application.rule.RuleQuery;
import dev.accolade.application.rule.RuleStatus;
import dev.accolade.application.template.RuleInput;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.UpdateTemplateCommand;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.event.AwardGranted;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.rule.DayRange;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.RuleJob;
import dev.accolade.domain.rule.ThresholdRule;
import dev.accolade.domain.template.Template;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retroactive awarding: a rule that goes live schedules a job that awards every subject whose stored history
 * already meets it, dated when it qualified, once however often or by however many instances it runs; its state
 * is visible with the rule.
 */
public abstract class RetroactiveRuleUseCasesTest extends UseCaseTest {

    private static final String STEVE = "handle:forum/steve";

    private Issuer forum;

    @BeforeEach
    void anIssuer() {
        forum = issuer("forum");
    }

    private void record(List<EventInput> events) {
        accolade.rules().recordEvents(new RecordEventsCommand(as(forum), forum.id(), events));
    }

    private EventInput comments(String id, String subject, long value, Instant at) {
        return new EventInput(id, subject, "comments", value, at);
    }

    private RuleStatus status(Template template) {
        return accolade.rules().getRule(new RuleQuery(as(forum), template.id()));
    }

    @Test
    void a_rule_published_later_awards_those_whose_history_already_meets_it_dated_when_they_qualified() {
        Instant monthAgo = clock.peek().minus(Duration.ofDays(30));
        Instant weekAgo = clock.peek().minus(Duration.ofDays(7));
        record(List.of(comments("a", STEVE, 3, monthAgo), comments("b", STEVE, 2, weekAgo),
                comments("c", "email:alex@example.org", 1, weekAgo)));

        Template chatty = published(forum, ruled("Chatty", RuleInput.threshold("comments", 5)));
        RuleJob scheduled = status(chatty).job().orElseThrow();
        assertThat(scheduled.open()).isTrue();
        assertThat(scheduled.examined()).isZero();
        assertThat(status(chatty).rule()).contains(new ThresholdRule(new Metric("comments"), 5));

        assertThat(runAll(accolade)).isEqualTo(2);

        Award award = held(chatty, STEVE).orElseThrow();
        assertThat(award.awardedAt()).isEqualTo(weekAgo);
        assertThat(store.transactions().readOnly(() -> store.ruleAwards().qualifiedAt(chatty.id(),
                Identity.parse(STEVE)))).contains(weekAgo);
        assertThat(held(chatty, "email:alex@example.org")).isEmpty();
        RuleJob finished = status(chatty).job().orElseThrow();
        assertThat(finished.open()).isFalse();
        assertThat(finished.examined()).isEqualTo(2);
        assertThat(finished.awarded()).isEqualTo(1);
        assertThat(finished.finishedAt()).isPresent();
    }

    @Test
    void running_again_or_from_a_second_instance_awards_nobody_twice() {
        record(IntStream.range(0, 700).mapToObj(i -> comments("e" + i, "handle:forum/p" + i, 1 + i % 2,
                null)).toList());
        Template pair = published(forum, ruled("Pair", RuleInput.threshold("comments", 2)));
        Accolade second = assembled(AccoladeSettings.DEFAULT);

        int examined = runAll(second) + runAll(accolade);

        assertThat(examined).isEqualTo(700);
        assertThat(delivered(AwardGranted.class)).hasSize(350);
        assertThat(status(pair).job().orElseThrow().awarded()).isEqualTo(350);
        published(forum, "Unrelated");
        assertThat(runAll(accolade)).isZero();
        assertThat(delivered(AwardGranted.class)).hasSize(350);
    }

    @Test
    void a_changed_rule_restarts_the_job_and_a_live_event_and_the_job_award_once_between_them() {
        record(List.of(comments("a", STEVE, 4, null)));
        Template chatty = published(forum, ruled("Chatty", RuleInput.threshold("comments", 10)));
        runAll(accolade);
        assertThat(status(chatty).job().orElseThrow().awarded()).isZero();

        accolade.templates().updateTemplate(new UpdateTemplateCommand(as(forum), chatty.id(),
                ruled("Chatty", RuleInput.threshold("comments", 4))));
        assertThat(status(chatty).job().orElseThrow().open()).isFalse();
        accolade.moderation().approveTemplate(new TemplateCommand(operator, chatty.id()));
        assertThat(status(chatty).job().orElseThrow().rule()).isEqualTo("threshold comments >= 4");
        record(List.of(comments("b", STEVE, 1, null)));

        runAll(accolade);

        assertThat(delivered(AwardGranted.class)).hasSize(1);
        assertThat(status(chatty).job().orElseThrow().awarded()).isZero();
    }

    @Test
    void a_streak_already_kept_is_awarded_retroactively() {
        Instant now = clock.peek();
        record(IntStream.range(0, 3).mapToObj(day -> new EventInput("l" + day, STEVE, "login", null,
                now.minus(Duration.ofDays(10 + day)))).toList());

        Template streak = published(forum, ruled("Three days", RuleInput.streakOfDays("login", 3)));
        runAll(accolade);

        assertThat(held(streak, STEVE).orElseThrow().awardedAt()).isEqualTo(now.minus(Duration.ofDays(10)));
    }

    @Test
    void day_sums_are_kept_only_once_a_rule_reads_them_and_the_job_sets_them_from_the_events_before() {
        Instant now = clock.peek();
        Metric login = new Metric("login");
        DayRange fortnight = new DayRange(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(14),
                LocalDate.ofInstant(now, ZoneOffset.UTC));
        published(forum, ruled("Regular", RuleInput.threshold("login", 100)));
        record(List.of(new EventInput("l2", STEVE, "login", null, now.minus(Duration.ofDays(2))),
                new EventInput("l1", STEVE, "login", null, now.minus(Duration.ofDays(1)))));
        assertThat(store.transactions().readOnly(() -> store.metricCounters().days(forum.id(),
                Identity.parse(STEVE), login, fortnight))).isEmpty();

        Template streak = published(forum, ruled("Three days", RuleInput.streakOfDays("login", 3)));
        runAll(accolade);
        assertThat(held(streak, STEVE)).isEmpty();
        assertThat(store.transactions().readOnly(() -> store.metricCounters().days(forum.id(),
                Identity.parse(STEVE), login, fortnight))).hasSize(2);

        record(List.of(new EventInput("l0", STEVE, "login", null, now)));

        assertThat(held(streak, STEVE)).isPresent();
        assertThat(store.transactions().readOnly(() -> store.metricCounters().days(forum.id(),
                Identity.parse(STEVE), login, fortnight))).hasSize(3);
    }

    @Test
    void only_the_issuers_side_reads_a_rules_job() {
        Template chatty = published(forum, ruled("Chatty", RuleInput.threshold("comments", 5)));
        Issuer other = issuer("other");

        assertRefused(() -> accolade.rules().getRule(new RuleQuery(as(other), chatty.id())), "template_not_found",
                ErrorCategory.NOT_FOUND);
        assertThat(accolade.rules().getRule(new RuleQuery(operator, chatty.id())).job()).isPresent();
    }
}
