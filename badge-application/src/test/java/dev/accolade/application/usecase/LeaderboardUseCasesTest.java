package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.award.BulkAwardCommand;
import dev.accolade.application.award.BulkRecipient;
import dev.accolade.application.award.RevokeAwardCommand;
import dev.accolade.application.issuer.IssuerProfileInput;
import dev.accolade.application.issuer.UpdateIssuerProfileCommand;
import dev.accolade.application.leaderboard.LeaderboardEntry;
import dev.accolade.application.leaderboard.LeaderboardQuery;
import dev.accolade.application.leaderboard.StandingQuery;
import dev.accolade.application.leaderboard.SubjectStanding;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.rule.EventInput;
import dev.accolade.application.rule.RecordEventsCommand;
import dev.accolade.application.template.RuleInput;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.UpdateTemplateCommand;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.score.Rarity;
import dev.accolade.domain.template.Template;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Points and leaderboards: a subject's points are the sum over its live awards, whatever path made them,
 * ranked per period in the issuer's time zone, ties to whoever got there first; rarity is the share of the
 * issuer's subjects who hold a template.
 */
public abstract class LeaderboardUseCasesTest extends UseCaseTest {

    private static final Identity STEVE = Identity.parse("handle:forum/steve");
    private static final Identity ALEX = Identity.parse("handle:forum/alex");
    private static final Identity ROBIN = Identity.parse("handle:forum/robin");
    private static final Identity ADA = Identity.parse("email:ada@example.org");

    private Issuer forum;
    private Template gold;
    private Template silver;

    @BeforeEach
    void templatesWithPoints() {
        forum = issuer("forum");
        gold = published(forum, input("Gold", true, false).withPoints(50));
        silver = published(forum, input("Silver", true, false).withPoints(20));
    }

    private Award award(Template template, Identity subject) {
        AwardOutcome outcome = accolade.awards().award(AwardCommand.of(as(forum), template.id(), subject));
        clock.advance(Duration.ofSeconds(1));
        return ((AwardOutcome.Awarded) outcome).award();
    }

    private List<LeaderboardEntry> board(String period, Instant at) {
        return page(anonymous, period, at, PageRequest.first()).items();
    }

    private Page<LeaderboardEntry> page(Actor reader, String period, Instant at, PageRequest request) {
        return accolade.leaderboards().getLeaderboard(new LeaderboardQuery(reader, forum.id(), period,
                Optional.ofNullable(at), request));
    }

    private SubjectStanding standing(Identity subject, int neighbours) {
        return accolade.leaderboards().getStanding(new StandingQuery(anonymous, forum.id(), "all_time",
                Optional.empty(), subject.key(), neighbours));
    }

    private static List<String> subjects(List<LeaderboardEntry> entries) {
        return entries.stream().map(entry -> entry.standing().subject().key()).toList();
    }

    private static List<Long> points(List<LeaderboardEntry> entries) {
        return entries.stream().map(entry -> entry.standing().points()).toList();
    }

    private Rarity rarity(Template template) {
        return accolade.templates().getTemplate(new TemplateCommand(anonymous, template.id())).rarity();
    }

    @Test
    void the_ranking_orders_by_points_then_by_time_reached() {
        award(silver, ALEX);
        award(gold, STEVE);
        award(gold, ROBIN);
        award(silver, ALEX);
        award(silver, ALEX);

        List<LeaderboardEntry> board = board(null, null);

        assertThat(subjects(board)).containsExactly(ALEX.key(), STEVE.key(), ROBIN.key());
        assertThat(points(board)).containsExactly(60L, 50L, 50L);
        assertThat(board).extracting(entry -> entry.standing().rank()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void revoking_an_award_takes_back_the_points_it_added_even_after_the_template_changed() {
        Award first = award(gold, STEVE);
        award(silver, STEVE);
        accolade.templates().updateTemplate(new UpdateTemplateCommand(as(forum), gold.id(),
                input("Gold", true, false).withPoints(500)));
        accolade.moderation().approveTemplate(new TemplateCommand(operator, gold.id()));
        award(gold, STEVE);

        accolade.awards().revokeAward(new RevokeAwardCommand(as(forum), first.id(), "a mistake"));

        assertThat(points(board("all_time", null))).containsExactly(520L);
    }

    @Test
    void changing_the_points_of_a_published_template_waits_for_review() {
        accolade.templates().updateTemplate(new UpdateTemplateCommand(as(forum), gold.id(),
                input("Gold", true, false).withPoints(999)));
        award(gold, STEVE);

        assertThat(points(board("all_time", null))).containsExactly(50L);
    }

    @Test
    void points_out_of_range_are_refused_with_their_own_code() {
        assertRefused(() -> published(forum, input("Too much", false, false).withPoints(1_000_001)),
                "points_invalid");
        assertRefused(() -> published(forum, input("Negative", false, false).withPoints(-1)), "points_invalid");
    }

    @Test
    void day_week_and_month_boards_count_the_awards_made_in_them() {
        Instant firstDay = clock.peek();
        award(gold, STEVE);
        clock.advance(Duration.ofDays(1));
        Instant nextDay = clock.peek();
        award(silver, ALEX);
        clock.advance(Duration.ofDays(40));
        award(silver, ROBIN);

        assertThat(subjects(board("day", firstDay))).containsExactly(STEVE.key());
        assertThat(subjects(board("day", nextDay))).containsExactly(ALEX.key());
        assertThat(subjects(board("week", firstDay))).containsExactly(STEVE.key(), ALEX.key());
        assertThat(subjects(board("month", firstDay))).containsExactly(STEVE.key(), ALEX.key());
        assertThat(subjects(board("month", null))).containsExactly(ROBIN.key());
        assertThat(subjects(board("all_time", firstDay))).containsExactly(STEVE.key(), ALEX.key(), ROBIN.key());
    }

    @Test
    void periods_are_counted_in_the_issuers_time_zone() {
        accolade.issuers().updateIssuerProfile(new UpdateIssuerProfileCommand(as(forum), forum.id(),
                new IssuerProfileInput("", "", "", "", "Pacific/Auckland")));
        award(gold, STEVE);

        Instant aucklandSameDay = Instant.parse("2026-01-02T10:59:00Z");
        Instant utcSameDay = Instant.parse("2026-01-02T12:00:00Z");
        assertThat(subjects(board("day", aucklandSameDay))).containsExactly(STEVE.key());
        assertThat(board("day", utcSameDay)).isEmpty();
    }

    @Test
    void a_board_is_paged_by_cursor_with_ranks_that_go_on() {
        List.of(STEVE, ALEX, ROBIN, ADA).forEach(subject -> award(gold, subject));

        Page<LeaderboardEntry> first = page(anonymous, "all_time", null, PageRequest.first(3));
        Page<LeaderboardEntry> second = page(anonymous, "all_time", null,
                PageRequest.after(first.next().orElseThrow(), 3));

        assertThat(subjects(first.items())).containsExactly(STEVE.key(), ALEX.key(), ROBIN.key());
        assertThat(second.items()).extracting(entry -> entry.standing().rank()).containsExactly(4L);
        assertThat(second.next()).isEmpty();
    }

    @Test
    void a_subjects_standing_comes_with_its_neighbours() {
        award(gold, STEVE);
        award(gold, STEVE);
        award(gold, ALEX);
        award(silver, ALEX);
        award(gold, ROBIN);
        award(silver, ADA);

        SubjectStanding alex = standing(ALEX, 2);

        assertThat(alex.entry().orElseThrow().standing().rank()).isEqualTo(2);
        assertThat(alex.entry().orElseThrow().standing().points()).isEqualTo(70);
        assertThat(subjects(alex.above())).containsExactly(STEVE.key());
        assertThat(subjects(alex.below())).containsExactly(ROBIN.key(), ADA.key());
        assertThat(alex.below()).extracting(entry -> entry.standing().rank()).containsExactly(3L, 4L);
        assertThat(standing(ADA, 1).above()).extracting(entry -> entry.standing().rank()).containsExactly(3L);
        assertThat(standing(Identity.parse("handle:forum/nobody"), 2).entry()).isEmpty();
    }

    @Test
    void an_email_identity_shows_only_to_those_who_act_for_the_issuer() {
        award(gold, ADA);

        assertThat(board("all_time", null).get(0).subjectVisible()).isFalse();
        assertThat(page(as(forum), "all_time", null, PageRequest.first()).items().get(0).subjectVisible()).isTrue();
    }

    @Test
    void bad_periods_subjects_and_issuers_are_refused() {
        assertRefused(() -> board("year", null), "period_invalid");
        assertRefused(() -> accolade.leaderboards().getStanding(new StandingQuery(anonymous, forum.id(), "day",
                Optional.empty(), "steve", 2)), "subject_invalid");
        assertRefused(() -> accolade.leaderboards().getLeaderboard(new LeaderboardQuery(anonymous,
                new IssuerId(999_999), "day", Optional.empty(), PageRequest.first())),
                "issuer_not_found");
    }

    @Test
    void rule_awards_and_bulk_awards_count_like_any_other() {
        Template chatty = published(forum, input("Chatty", false, false).withPoints(7)
                .withRule(RuleInput.threshold("comments", 2)));
        accolade.rules().recordEvents(new RecordEventsCommand(as(forum), forum.id(), List.of(
                new EventInput("c1", STEVE.key(), "comments", 1L, null),
                new EventInput("c2", STEVE.key(), "comments", 1L, null))));
        accolade.awards().awardInBulk(new BulkAwardCommand(as(forum), silver.id(), List.of(
                new BulkRecipient(ALEX, null, null, null), new BulkRecipient(ROBIN, null, null, null)), null));

        assertThat(subjects(board("all_time", null))).containsExactly(ALEX.key(), ROBIN.key(), STEVE.key());
        assertThat(points(board("all_time", null))).containsExactly(20L, 20L, 7L);
        assertThat(rarity(chatty)).isEqualTo(new Rarity(1, 3));
    }

    @Test
    void rarity_is_the_share_of_the_issuers_subjects_who_hold_it() {
        accolade.rules().recordEvents(new RecordEventsCommand(as(forum), forum.id(), List.of(
                new EventInput("e1", ROBIN.key(), "visits", 1L, null),
                new EventInput("e2", ADA.key(), "visits", 1L, null))));
        Award steves = award(gold, STEVE);
        award(gold, STEVE);
        award(silver, ALEX);

        assertThat(rarity(gold)).isEqualTo(new Rarity(1, 4));
        assertThat(rarity(gold).share()).isEqualTo(0.25);

        accolade.awards().revokeAward(new RevokeAwardCommand(as(forum), steves.id(), "one of two"));
        assertThat(rarity(gold)).isEqualTo(new Rarity(1, 4));
        Award other = award(gold, ALEX);
        accolade.awards().revokeAward(new RevokeAwardCommand(as(forum), other.id(), "gone"));
        assertThat(rarity(gold)).isEqualTo(new Rarity(1, 4));
        assertThat(rarity(silver)).isEqualTo(new Rarity(1, 4));
    }

    @Test
    void a_subject_is_counted_once_by_its_first_event_whatever_metrics_and_batches_follow() {
        award(silver, ALEX);
        assertThat(rarity(silver)).isEqualTo(new Rarity(1, 1));

        accolade.rules().recordEvents(new RecordEventsCommand(as(forum), forum.id(), List.of(
                new EventInput("f1", ROBIN.key(), "visits", 1L, null),
                new EventInput("f2", ROBIN.key(), "comments", 1L, null),
                new EventInput("f3", ALEX.key(), "visits", 1L, null))));
        assertThat(rarity(silver)).isEqualTo(new Rarity(1, 2));

        accolade.rules().recordEvents(new RecordEventsCommand(as(forum), forum.id(), List.of(
                new EventInput("f4", ROBIN.key(), "likes", 1L, null),
                new EventInput("f5", ROBIN.key(), "visits", 1L, null),
                new EventInput("f1", ADA.key(), "visits", 1L, null))));
        assertThat(rarity(silver)).isEqualTo(new Rarity(1, 2));

        accolade.rules().recordEvents(new RecordEventsCommand(as(forum), forum.id(), List.of(
                new EventInput("f6", ADA.key(), "visits", 1L, null))));
        assertThat(rarity(silver)).isEqualTo(new Rarity(1, 3));
    }

    @Test
    void an_award_that_expires_stops_counting_once_the_sweep_notices_it_and_only_once() {
        Award expiring = ((AwardOutcome.Awarded) accolade.awards().award(AwardCommand.of(as(forum), gold.id(),
                STEVE).expiringAt(clock.peek().plus(Duration.ofDays(1))))).award();
        award(silver, STEVE);
        accolade.awards().award(AwardCommand.of(as(forum), gold.id(), ALEX)
                .expiringAt(clock.peek().plus(Duration.ofDays(10))));
        assertThat(accolade.leaderboards().expireAwards()).isZero();
        assertThat(points(board("all_time", null))).containsExactly(70L, 50L);

        clock.advance(Duration.ofDays(2));
        assertThat(accolade.leaderboards().expireAwards()).isEqualTo(1);
        assertThat(accolade.leaderboards().expireAwards()).isZero();

        List<LeaderboardEntry> board = board("all_time", null);
        assertThat(subjects(board)).containsExactly(ALEX.key(), STEVE.key());
        assertThat(points(board)).containsExactly(50L, 20L);
        assertThat(rarity(gold)).isEqualTo(new Rarity(1, 2));
        accolade.awards().revokeAward(new RevokeAwardCommand(as(forum), expiring.id(), "expired anyway"));
        assertThat(points(board("all_time", null))).containsExactly(50L, 20L);
    }

    @Test
    void deleting_a_template_takes_back_the_points_and_holders_of_its_awards() {
        award(gold, STEVE);
        award(gold, STEVE);
        award(silver, STEVE);
        award(gold, ALEX);

        accolade.templates().deleteTemplate(new TemplateCommand(as(forum), gold.id()));

        assertThat(subjects(board("all_time", null))).containsExactly(STEVE.key());
        assertThat(points(board("all_time", null))).containsExactly(20L);
        assertThat(points(board("day", null))).containsExactly(20L);
        assertThat(standing(ALEX, 1).entry()).isEmpty();
        assertThat(store.transactions().readOnly(() -> store.scores().holderCounts(List.of(gold.id(),
                silver.id())))).isEqualTo(Map.of(silver.id(), 1L));
        assertThat(rarity(silver)).isEqualTo(new Rarity(1, 2));
    }
}
