package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.rule.EventInput;
import dev.accolade.application.rule.ProgressQuery;
import dev.accolade.application.rule.RecordEventsCommand;
import dev.accolade.application.rule.RecordedEvents;
import dev.accolade.application.rule.TemplateProgress;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.RuleInput;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.application.template.UpdateTemplateCommand;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.event.AwardGranted;
import dev.accolade.domain.event.OfferCreated;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.MetricEvent;
import dev.accolade.domain.rule.Progress;
import dev.accolade.domain.rule.ThresholdRule;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rules: recording an issuer's events once each, summed per subject and metric; threshold rules on templates,
 * met as events arrive and awarded once through the usual granting; progress towards them.
 */
public abstract class RuleUseCasesTest extends UseCaseTest {

    private static final String STEVE = "handle:forum/steve";
    private static final Metric COMMENTS = new Metric("comments");

    private Issuer forum;

    @BeforeEach
    void anIssuer() {
        forum = issuer("forum");
    }

    private RecordedEvents record(EventInput... events) {
        return accolade.rules().recordEvents(new RecordEventsCommand(as(forum), forum.id(), List.of(events)));
    }

    private static EventInput comment(String id) {
        return new EventInput(id, STEVE, "comments", null, null);
    }

    private long total(String subject, Metric metric) {
        return store.transactions().readOnly(() -> store.metricCounters().total(forum.id(), Identity.parse(subject),
                metric));
    }

    private MetricEvent stored(String id) {
        return store.transactions().readOnly(() -> store.metricEvents().find(forum.id(), id)).orElseThrow();
    }

    /** Asserts the batch is refused with this code and that neither an event nor a sum was written. */
    private void assertRefusedWithNothingWritten(ThrowingCallable call, String code) {
        assertRefused(call, code, ErrorCategory.INVALID);
        assertThat(total(STEVE, COMMENTS)).isZero();
        assertThat(store.transactions().readOnly(() -> store.metricEvents().find(forum.id(), "ok"))).isEmpty();
    }

    @Test
    void events_are_recorded_with_their_defaults_and_summed_per_subject_and_metric() {
        Instant past = clock.peek().minus(Duration.ofDays(30));
        RecordedEvents result = record(comment("c1"), new EventInput("c2", STEVE, "comments", 4L, past),
                new EventInput("l1", STEVE, "likes", 2L, null),
                new EventInput("c3", "email:alex@example.org", "comments", null, null));

        assertThat(result.recorded()).isEqualTo(4);
        assertThat(result.duplicates()).isEmpty();
        assertThat(total(STEVE, COMMENTS)).isEqualTo(5);
        assertThat(total(STEVE, new Metric("likes"))).isEqualTo(2);
        assertThat(total("email:alex@example.org", COMMENTS)).isEqualTo(1);
        MetricEvent defaulted = stored("c1");
        assertThat(defaulted.value()).isEqualTo(1);
        assertThat(defaulted.occurredAt()).isEqualTo(defaulted.recordedAt());
        assertThat(stored("c2").occurredAt()).isEqualTo(past);
    }

    @Test
    void a_replayed_batch_changes_nothing_and_names_its_duplicates() {
        record(comment("c1"), comment("c2"));

        RecordedEvents replayed = record(comment("c1"), comment("c2"), comment("c3"));

        assertThat(replayed.recorded()).isEqualTo(1);
        assertThat(replayed.duplicates()).containsExactly("c1", "c2");
        assertThat(total(STEVE, COMMENTS)).isEqualTo(3);
    }

    @Test
    void an_event_id_is_counted_once_per_issuer_and_is_free_for_another() {
        Issuer other = issuer("other");
        record(comment("c1"));

        RecordedEvents theirs = accolade.rules().recordEvents(new RecordEventsCommand(as(other), other.id(),
                List.of(comment("c1"))));

        assertThat(theirs.recorded()).isEqualTo(1);
        assertThat(total(STEVE, COMMENTS)).isEqualTo(1);
    }

    @Test
    void every_bad_input_is_refused_with_its_own_code_and_nothing_written() {
        List<EventInput> tooMany = new ArrayList<>(IntStream.range(0, 1001).mapToObj(i -> comment("e" + i)).toList());
        Instant farFuture = clock.peek().plus(Duration.ofMinutes(6));
        assertRefusedWithNothingWritten(() -> record(), "events_empty");
        assertRefusedWithNothingWritten(() -> accolade.rules().recordEvents(new RecordEventsCommand(as(forum),
                forum.id(), tooMany)), "events_too_many");
        assertRefusedWithNothingWritten(() -> record(comment("ok"), comment("ok")), "event_id_repeated");
        assertRefusedWithNothingWritten(() -> record(comment("ok"),
                new EventInput("late", STEVE, "comments", null, farFuture)), "event_in_future");
        assertRefusedWithNothingWritten(() -> record(comment("ok"),
                new EventInput("x", "steve", "comments", null, null)), "subject_invalid");
        assertRefusedWithNothingWritten(() -> record(comment("ok"),
                new EventInput("x", STEVE, "Comments!", null, null)), "metric_invalid");
        assertRefusedWithNothingWritten(() -> record(comment("ok"),
                new EventInput("x", STEVE, "comments", 0L, null)), "value_invalid");
        assertRefusedWithNothingWritten(() -> record(comment("ok"),
                new EventInput(" ", STEVE, "comments", null, null)), "event_id_required");
    }

    @Test
    void an_event_up_to_five_minutes_ahead_is_accepted() {
        record(new EventInput("soon", STEVE, "comments", null, clock.peek().plus(Duration.ofMinutes(5))));

        assertThat(total(STEVE, COMMENTS)).isEqualTo(1);
    }

    @Test
    void only_the_issuers_key_its_owner_or_the_operator_records_its_events() {
        Issuer other = issuer("other");
        assertRefused(() -> accolade.rules().recordEvents(new RecordEventsCommand(as(other), forum.id(),
                List.of(comment("c1")))), "issuer_forbidden", ErrorCategory.FORBIDDEN);
        assertRefused(() -> accolade.rules().recordEvents(new RecordEventsCommand(Actor.anonymous(), forum.id(),
                List.of(comment("c1")))), "authentication_required", ErrorCategory.UNAUTHENTICATED);

        accolade.rules().recordEvents(new RecordEventsCommand(operator, forum.id(), List.of(comment("c1"))));
        assertThat(total(STEVE, COMMENTS)).isEqualTo(1);
    }

    private static TemplateInput ruled(String title, String metric, long atLeast) {
        return input(title, false, false).withRule(RuleInput.threshold(metric, atLeast));
    }

    private Template draft(TemplateInput content) {
        return accolade.templates().createTemplate(new CreateTemplateCommand(as(forum), forum.id(), content, false));
    }

    @Test
    void a_template_carries_a_threshold_rule_in_its_content() {
        Template chatty = published(forum, ruled("Chatty", "comments", 25));

        assertThat(chatty.awardable().details().rule()).contains(new ThresholdRule(COMMENTS, 25));
        assertThat(accolade.templates().getTemplate(new TemplateCommand(as(forum), chatty.id())).template()
                .details().rule()).contains(new ThresholdRule(COMMENTS, 25));
    }

    @Test
    void a_bad_rule_is_refused_with_its_own_code_and_nothing_written() {
        assertRefusedWithoutChange(() -> draft(ruled("Zero", "comments", 0)), "rule_threshold_invalid");
        assertRefusedWithoutChange(() -> draft(ruled("Negative", "comments", -3)), "rule_threshold_invalid");
        assertRefusedWithoutChange(() -> draft(input("No threshold", false, false)
                .withRule(new RuleInput("threshold", "comments", null))), "rule_threshold_invalid");
        assertRefusedWithoutChange(() -> draft(ruled("Shape", "Comments!", 5)), "rule_metric_invalid");
        assertRefusedWithoutChange(() -> draft(input("Ladder", false, false)
                .withRule(new RuleInput("ladder", "logins", 7L))), "rule_kind_invalid");
        assertRefusedWithoutChange(() -> draft(input("Window", false, false)
                .withRule(RuleInput.threshold("comments", 5, 366))), "rule_window_invalid");
        assertRefusedWithoutChange(() -> draft(input("No window", false, false)
                .withRule(RuleInput.threshold("comments", 5, 0))), "rule_window_invalid");
        assertRefusedWithoutChange(() -> draft(input("Streak", false, false)
                .withRule(new RuleInput("streak", "logins", 7L))), "rule_streak_invalid");
        assertRefusedWithoutChange(() -> draft(input("Long streak", false, false)
                .withRule(RuleInput.streakOfDays("logins", 366))), "rule_streak_invalid");
        assertRefusedWithoutChange(() -> draft(input("Long weeks", false, false)
                .withRule(RuleInput.streakOfWeeks("logins", 53))), "rule_streak_invalid");
        assertRefusedWithoutChange(() -> draft(input("Both", false, false)
                .withRule(new RuleInput("streak", "logins", null, null, 7, 2, null))), "rule_streak_invalid");
    }

    @Test
    void changing_the_rule_of_a_published_template_waits_for_review_while_the_old_rule_stays_live() {
        Template chatty = published(forum, ruled("Chatty", "comments", 25));

        Template edited = accolade.templates().updateTemplate(new UpdateTemplateCommand(as(forum), chatty.id(),
                ruled("Chatty", "comments", 50)));

        assertThat(edited.status()).isEqualTo(TemplateStatus.PENDING_REVIEW);
        assertThat(edited.details().rule()).contains(new ThresholdRule(COMMENTS, 50));
        assertThat(edited.awardable().details().rule()).contains(new ThresholdRule(COMMENTS, 25));
        Template approved = accolade.moderation().approveTemplate(new TemplateCommand(operator, chatty.id()));
        assertThat(approved.awardable().details().rule()).contains(new ThresholdRule(COMMENTS, 50));
    }

    private List<EventInput> comments(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> comment(prefix + i)).toList();
    }

    private RecordedEvents record(List<EventInput> events) {
        return accolade.rules().recordEvents(new RecordEventsCommand(as(forum), forum.id(), events));
    }

    private List<TemplateProgress> progress(Actor actor, String subject) {
        return accolade.rules().getProgress(new ProgressQuery(actor, forum.id(), subject));
    }

    @Test
    void the_twenty_fifth_comment_earns_the_template_once_with_source_rule() {
        Template chatty = published(forum, ruled("Chatty", "comments", 25));

        assertThat(record(comments("c", 24)).awards()).isEmpty();
        assertThat(held(chatty, STEVE)).isEmpty();

        RecordedEvents crossing = record(List.of(comment("c24"), comment("c25")));

        assertThat(crossing.awards()).hasSize(1);
        Award award = crossing.awards().get(0);
        assertThat(award.grant().template()).isEqualTo(chatty.id());
        assertThat(award.grant().recipient()).isEqualTo(Identity.parse(STEVE));
        assertThat(award.source()).isEqualTo(new AwardSource.FromRule("threshold comments >= 25"));
        assertThat(held(chatty, STEVE)).contains(award);
        assertThat(delivered(AwardGranted.class)).extracting(AwardGranted::award).containsExactly(award);

        assertThat(record(comments("c", 30)).awards()).isEmpty();
        assertThat(record(comments("more", 30)).awards()).isEmpty();
        assertThat(delivered(AwardGranted.class)).hasSize(1);
        assertThat(total(STEVE, COMMENTS)).isEqualTo(60);
    }

    @Test
    void late_events_count_and_one_event_may_cross_several_tiers() {
        Template bronze = published(forum, ruled("Bronze", "comments", 5));
        Template gold = published(forum, ruled("Gold", "comments", 10));
        Instant lastYear = clock.peek().minus(Duration.ofDays(365));

        RecordedEvents result = record(new EventInput("old", STEVE, "comments", 12L, lastYear));

        assertThat(result.awards()).extracting(award -> award.grant().template()).containsExactly(bronze.id(),
                gold.id());
    }

    @Test
    void only_the_rules_on_the_events_metric_are_met_and_each_subject_counts_alone() {
        Template chatty = published(forum, ruled("Chatty", "comments", 2));

        record(new EventInput("l1", STEVE, "likes", 5L, null), comment("c1"),
                new EventInput("a1", "email:alex@example.org", "comments", null, null));

        assertThat(held(chatty, STEVE)).isEmpty();
        assertThat(held(chatty, "email:alex@example.org")).isEmpty();
        assertThat(record(comment("c2")).awards()).hasSize(1);
        assertThat(held(chatty, "email:alex@example.org")).isEmpty();
    }

    @Test
    void a_rule_waiting_in_review_awards_nothing_until_it_is_live_then_the_next_event_meets_it() {
        Template chatty = published(forum, input("Chatty", false, false));
        accolade.templates().updateTemplate(new UpdateTemplateCommand(as(forum), chatty.id(),
                ruled("Chatty", "comments", 1)));

        assertThat(record(comment("c1")).awards()).isEmpty();
        assertThat(held(chatty, STEVE)).isEmpty();

        accolade.moderation().approveTemplate(new TemplateCommand(operator, chatty.id()));
        assertThat(record(comment("c2")).awards()).hasSize(1);
        assertThat(record(comment("c3")).awards()).isEmpty();
    }

    @Test
    void a_subject_who_already_holds_the_template_is_not_awarded_again() {
        Template chatty = published(forum, ruled("Chatty", "comments", 1));
        accolade.awards().award(AwardCommand.of(as(forum), chatty.id(), Identity.parse(STEVE)));

        assertThat(record(comment("c1")).awards()).isEmpty();
        assertThat(delivered(AwardGranted.class)).hasSize(1);
    }

    @Test
    void a_template_needing_acceptance_is_offered_when_its_rule_is_met() {
        published(forum, input("Accepted", false, true).withRule(RuleInput.threshold("comments", 1)));

        RecordedEvents result = record(comment("c1"));

        assertThat(result.awards()).isEmpty();
        assertThat(delivered(OfferCreated.class)).hasSize(1);
        assertThat(delivered(OfferCreated.class).get(0).offer().grant().recipient()).isEqualTo(Identity.parse(STEVE));
    }

    @Test
    void progress_shows_every_live_rule_template_with_value_target_percentage_and_holding() {
        Template bronze = published(forum, ruled("Bronze", "comments", 5));
        Template gold = published(forum, ruled("Gold", "comments", 25));
        Template liked = published(forum, ruled("Liked", "likes", 4));
        published(forum, input("No rule", false, false));
        record(comments("c", 7));
        record(new EventInput("l1", STEVE, "likes", 1L, null));

        List<TemplateProgress> steve = progress(as(forum), STEVE);

        assertThat(steve).extracting(TemplateProgress::template).containsExactly(bronze.id(), gold.id(), liked.id());
        assertThat(steve).extracting(TemplateProgress::progress).containsExactly(new Progress(7, 5, true),
                new Progress(7, 25, false), new Progress(1, 4, false));
        assertThat(steve).extracting(entry -> entry.progress().percent()).containsExactly(100, 28, 25);
        assertThat(steve.get(0).title()).isEqualTo("Bronze");
        assertThat(progress(operator, "email:nobody@example.org")).extracting(TemplateProgress::progress)
                .containsExactly(new Progress(0, 5, false), new Progress(0, 25, false), new Progress(0, 4, false));
    }

    @Test
    void progress_never_goes_backwards_for_a_duplicate_or_a_late_event() {
        published(forum, ruled("Gold", "comments", 25));
        record(comments("c", 10));

        record(comments("c", 10));
        record(new EventInput("late", STEVE, "comments", 1L, clock.peek().minus(Duration.ofDays(90))));

        assertThat(progress(as(forum), STEVE).get(0).progress().value()).isEqualTo(11);
    }

    @Test
    void progress_needs_a_valid_subject_and_the_issuers_right() {
        Issuer other = issuer("other");
        assertRefused(() -> progress(as(forum), "steve"), "subject_invalid", ErrorCategory.INVALID);
        assertRefused(() -> progress(as(other), STEVE), "issuer_forbidden", ErrorCategory.FORBIDDEN);
        assertRefused(() -> progress(Actor.anonymous(), STEVE), "authentication_required",
                ErrorCategory.UNAUTHENTICATED);
    }

    @Test
    void a_member_reads_the_progress_of_an_identity_it_holds_and_no_other() {
        published(forum, ruled("Chatty", "comments", 4));
        Member ada = member("ada@example.org");
        Member bob = member("bob@example.org");
        record(new EventInput("a1", "email:ada@example.org", "comments", 3L, null));

        assertThat(progress(as(ada), "email:ada@example.org")).extracting(TemplateProgress::progress)
                .containsExactly(new Progress(3, 4, false));
        assertRefused(() -> progress(as(bob), "email:ada@example.org"), "issuer_forbidden", ErrorCategory.FORBIDDEN);
    }
}
