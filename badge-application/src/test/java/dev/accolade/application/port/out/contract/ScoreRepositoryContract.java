package dev.accolade.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.port.out.score.CountedAward;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.score.Standing;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every store promises about scores: points added per bucket and taken back exactly once, rankings by
 * points then by time reached, subjects and holders counted once, and no addition lost to a concurrent one.
 */
public abstract class ScoreRepositoryContract extends StoreContract {

    private static final Identity STEVE = Identity.parse("handle:forum/steve");
    private static final Identity ALEX = Identity.parse("handle:forum/alex");
    private static final Identity ROBIN = Identity.parse("email:robin@example.org");
    private static final TemplateId GOLD = new TemplateId(901);
    private static final TemplateId SILVER = new TemplateId(902);
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private static final String DAY = "d2026-03-01";

    private IssuerId issuer;
    private long nextAward = 1;

    @BeforeEach
    void storeIssuer() {
        issuer = savedIssuer().id();
    }

    private CountedAward counted(TemplateId template, Identity subject, long points) {
        return new CountedAward(new AwardId(nextAward++), issuer, template, subject, points, List.of("all", DAY));
    }

    private CountedAward count(TemplateId template, Identity subject, long points, Instant at) {
        CountedAward award = counted(template, subject, points);
        write(() -> store.scores().count(award, at));
        return award;
    }

    private List<Standing> ranking(String period, Optional<Standing> after, int limit) {
        return read(() -> store.scores().ranking(issuer, period, after, limit));
    }

    private static List<String> subjects(List<Standing> standings) {
        return standings.stream().map(standing -> standing.subject().key()).toList();
    }

    @Test
    void points_add_up_per_bucket_and_rank_by_points_then_by_who_reached_them_first() {
        count(GOLD, STEVE, 50, T);
        count(SILVER, ALEX, 20, T.plusSeconds(1));
        count(SILVER, ALEX, 30, T.plusSeconds(2));
        count(SILVER, ROBIN, 60, T.plusSeconds(3));

        List<Standing> board = ranking("all", Optional.empty(), 10);

        assertThat(subjects(board)).containsExactly(ROBIN.key(), STEVE.key(), ALEX.key());
        assertThat(board).extracting(Standing::points).containsExactly(60L, 50L, 50L);
        assertThat(board).extracting(Standing::rank).containsExactly(1L, 2L, 3L);
        assertThat(board.get(2).reachedAt()).isEqualTo(T.plusSeconds(2));
        assertThat(ranking(DAY, Optional.empty(), 10)).hasSize(3);
        assertThat(ranking("d2026-03-02", Optional.empty(), 10)).isEmpty();
    }

    @Test
    void a_ranking_goes_on_after_a_standing_and_a_standing_knows_its_rank_and_who_is_above() {
        for (int i = 0; i < 7; i++) {
            count(GOLD, Identity.handle("forum", "player" + i), 100 - i, T.plusSeconds(i));
        }

        List<Standing> first = ranking("all", Optional.empty(), 3);
        List<Standing> second = ranking("all", Optional.of(first.get(2)), 3);
        Standing fifth = read(() -> store.scores().standing(issuer, "all", Identity.handle("forum", "player4")))
                .orElseThrow();

        assertThat(second).extracting(Standing::rank).containsExactly(4L, 5L, 6L);
        assertThat(subjects(second)).containsExactly("handle:forum/player3", "handle:forum/player4",
                "handle:forum/player5");
        assertThat(fifth.rank()).isEqualTo(5);
        assertThat(read(() -> store.scores().above(issuer, "all", fifth, 2))).extracting(Standing::rank)
                .containsExactly(3L, 4L);
        assertThat(read(() -> store.scores().above(issuer, "all", first.get(0), 2))).isEmpty();
    }

    @Test
    void every_standing_knows_its_exact_rank_through_ties_revocations_and_buckets() {
        List<CountedAward> awards = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            awards.add(count(GOLD, Identity.handle("forum", "player" + i), 10L * (i % 3 + 1), T.plusSeconds(i)));
        }
        count(SILVER, Identity.handle("forum", "player0"), 20, T.plusSeconds(10));
        write(() -> store.scores().uncount(awards.get(8).award(), T.plusSeconds(11)));
        write(() -> store.scores().uncount(awards.get(5).award(), T.plusSeconds(12)));
        count(SILVER, Identity.handle("forum", "player5"), 20, T.plusSeconds(13));
        CountedAward allTimeOnly = new CountedAward(new AwardId(nextAward++), issuer, SILVER,
                Identity.handle("forum", "player7"), 25, List.of("all"));
        write(() -> store.scores().count(allTimeOnly, T.plusSeconds(14)));

        for (String period : List.of("all", DAY)) {
            List<Standing> board = ranking(period, Optional.empty(), 20);
            for (Standing line : board) {
                assertThat(read(() -> store.scores().standing(issuer, period, line.subject())))
                        .as("%s in %s", line.subject(), period).contains(line);
            }
            assertThat(board).extracting(Standing::rank).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        }
        assertThat(subjects(ranking(DAY, Optional.empty(), 3))).containsExactly("handle:forum/player2",
                "handle:forum/player0", "handle:forum/player1");
        assertThat(read(() -> store.scores().standing(issuer, "all", Identity.handle("forum", "player7")))
                .orElseThrow().rank()).isEqualTo(1);
        assertThat(read(() -> store.scores().standing(issuer, DAY, Identity.handle("forum", "player7")))
                .orElseThrow().rank()).isEqualTo(5);
        assertThat(read(() -> store.scores().standing(issuer, "all", Identity.handle("forum", "player8"))))
                .isEmpty();
    }

    @Test
    void ranks_stay_exact_through_a_large_tie_group_late_arrivals_and_scores_far_apart() {
        List<CountedAward> tied = new ArrayList<>();
        write(() -> {
            for (int i = 0; i < 1_100; i++) {
                CountedAward award = counted(GOLD, Identity.handle("forum", "tie" + i), 10);
                store.scores().count(award, T.plusSeconds(1_000 + i / 2));
                tied.add(award);
            }
        });
        write(() -> {
            for (int i = 0; i < 1_100; i += 97) {
                store.scores().uncount(tied.get(i).award(), T.plusSeconds(5_000));
            }
            store.scores().count(counted(GOLD, Identity.handle("forum", "early"), 10), T);
            store.scores().count(counted(GOLD, Identity.handle("forum", "between"), 10), T.plusSeconds(1_300));
            store.scores().count(counted(GOLD, Identity.handle("forum", "late"), 10), T.plusSeconds(9_000));
            long[] far = {1, 9, 11, 1_023, 1_024, 1_025, 2_048, 1_048_575, 1_048_576, 1_048_577, 3_000_000};
            for (int i = 0; i < far.length; i++) {
                store.scores().count(counted(SILVER, Identity.handle("forum", "far" + i), far[i]),
                        T.plusSeconds(6_000 + i));
            }
            store.scores().count(counted(SILVER, Identity.handle("forum", "tie5"), 1_014), T.plusSeconds(7_000));
            store.scores().count(counted(SILVER, Identity.handle("forum", "far4"), 1_048_000), T.plusSeconds(7_001));
        });

        for (String period : List.of("all", DAY)) {
            List<Standing> board = ranking(period, Optional.empty(), 2_000);
            assertThat(board).hasSize(1_100 - 12 + 3 + 11);
            for (int i = 0; i < board.size(); i++) {
                Standing line = board.get(i);
                assertThat(line.rank()).isEqualTo(i + 1);
                if (i < 20 || i % 23 == 0 || i > board.size() - 20) {
                    assertThat(read(() -> store.scores().standing(issuer, period, line.subject())))
                            .as("%s in %s", line.subject(), period).contains(line);
                }
            }
            assertThat(subjects(board.subList(0, 3))).containsExactly("handle:forum/far10", "handle:forum/far4",
                    "handle:forum/far9");
            assertThat(board.get(10).subject().key()).isEqualTo("handle:forum/early");
            Standing between = read(() -> store.scores().standing(issuer, period,
                    Identity.handle("forum", "between"))).orElseThrow();
            assertThat(board.get((int) between.rank() - 1)).isEqualTo(between);
            assertThat(board.get(board.size() - 3).subject().key()).isEqualTo("handle:forum/late");
        }
    }

    @Test
    void uncounting_takes_back_exactly_what_was_counted_once() {
        CountedAward first = count(GOLD, STEVE, 50, T);
        count(GOLD, STEVE, 50, T.plusSeconds(1));

        Optional<CountedAward> taken = inTransaction(() -> store.scores().uncount(first.award(), T.plusSeconds(2)));
        Optional<CountedAward> again = inTransaction(() -> store.scores().uncount(first.award(), T.plusSeconds(3)));

        assertThat(taken).contains(first);
        assertThat(again).isEmpty();
        Standing steve = read(() -> store.scores().standing(issuer, DAY, STEVE)).orElseThrow();
        assertThat(steve.points()).isEqualTo(50);
        assertThat(steve.reachedAt()).isEqualTo(T.plusSeconds(2));
        assertThat(read(() -> store.scores().holderCounts(List.of(GOLD)))).containsEntry(GOLD, 1L);
    }

    @Test
    void a_counted_award_keeps_its_expiry_and_is_found_once_it_is_due_until_taken_back() {
        CountedAward later = new CountedAward(new AwardId(nextAward++), issuer, GOLD, STEVE, 10, List.of("all"),
                Optional.of(T.plusSeconds(20)));
        CountedAward sooner = new CountedAward(new AwardId(nextAward++), issuer, SILVER, ALEX, 5, List.of("all"),
                Optional.of(T.plusSeconds(10)));
        write(() -> store.scores().count(later, T));
        write(() -> store.scores().count(sooner, T));
        count(GOLD, ROBIN, 7, T);

        assertThat(read(() -> store.scores().expiredBy(T.plusSeconds(9), 10))).isEmpty();
        assertThat(read(() -> store.scores().expiredBy(T.plusSeconds(10), 10))).containsExactly(sooner.award());
        assertThat(read(() -> store.scores().expiredBy(T.plusSeconds(30), 1))).hasSize(1)
                .isSubsetOf(sooner.award(), later.award());
        assertThat(read(() -> store.scores().expiredBy(T.plusSeconds(30), 10)))
                .containsExactlyInAnyOrder(sooner.award(), later.award());
        assertThat(inTransaction(() -> store.scores().uncount(later.award(), T.plusSeconds(30)))).contains(later);
        assertThat(read(() -> store.scores().expiredBy(T.plusSeconds(30), 10))).containsExactly(sooner.award());
    }

    @Test
    void a_templates_counted_awards_are_found_by_template_until_taken_back() {
        CountedAward first = count(GOLD, STEVE, 10, T);
        CountedAward second = count(GOLD, ALEX, 10, T);
        count(SILVER, STEVE, 10, T);

        assertThat(read(() -> store.scores().countedOf(GOLD, 10))).containsExactlyInAnyOrder(first.award(),
                second.award());
        assertThat(read(() -> store.scores().countedOf(GOLD, 1))).hasSize(1);
        write(() -> store.scores().uncount(first.award(), T));
        assertThat(read(() -> store.scores().countedOf(GOLD, 10))).containsExactly(second.award());
        assertThat(read(() -> store.scores().countedOf(new TemplateId(903), 10))).isEmpty();
    }

    @Test
    void a_subject_with_no_points_left_is_off_the_board() {
        CountedAward only = count(GOLD, STEVE, 50, T);
        write(() -> store.scores().uncount(only.award(), T.plusSeconds(1)));

        assertThat(ranking("all", Optional.empty(), 10)).isEmpty();
        assertThat(read(() -> store.scores().standing(issuer, "all", STEVE))).isEmpty();
        assertThat(read(() -> store.scores().holderCounts(List.of(GOLD)))).isEmpty();
    }

    @Test
    void an_award_counted_twice_counts_once() {
        CountedAward award = counted(GOLD, STEVE, 50);
        write(() -> store.scores().count(award, T));
        write(() -> store.scores().count(award, T.plusSeconds(1)));

        assertThat(read(() -> store.scores().standing(issuer, "all", STEVE)).orElseThrow().points()).isEqualTo(50);
    }

    @Test
    void holders_are_counted_once_per_subject_and_template() {
        count(GOLD, STEVE, 0, T);
        count(GOLD, STEVE, 0, T);
        count(GOLD, ALEX, 0, T);
        count(SILVER, ALEX, 0, T);

        assertThat(read(() -> store.scores().holderCounts(List.of(GOLD, SILVER, new TemplateId(903)))))
                .isEqualTo(Map.of(GOLD, 2L, SILVER, 1L));
        assertThat(ranking("all", Optional.empty(), 10)).isEmpty();
    }

    @Test
    void subjects_are_enrolled_once_per_issuer() {
        IssuerId other = savedIssuer().id();

        assertThat(inTransaction(() -> store.scores().enrol(issuer, STEVE))).isTrue();
        assertThat(inTransaction(() -> store.scores().enrol(issuer, STEVE))).isFalse();
        assertThat(inTransaction(() -> store.scores().enrol(issuer, ALEX))).isTrue();
        assertThat(inTransaction(() -> store.scores().enrol(other, STEVE))).isTrue();

        assertThat(read(() -> store.scores().subjectCount(issuer))).isEqualTo(2);
        assertThat(read(() -> store.scores().subjectCounts(List.of(issuer, other))))
                .isEqualTo(Map.of(issuer, 2L, other, 1L));
    }

    @Test
    void a_set_of_subjects_is_enrolled_in_one_call_each_once() {
        IssuerId other = savedIssuer().id();
        inTransaction(() -> store.scores().enrol(issuer, STEVE));
        Identity zoe = Identity.parse("handle:forum/zoe");

        assertThat(inTransaction(() -> store.scores().enrolAll(issuer, List.of(STEVE, ALEX, zoe, ALEX)))).isEqualTo(2);
        assertThat(inTransaction(() -> store.scores().enrolAll(issuer, List.of(zoe, STEVE)))).isZero();
        assertThat(inTransaction(() -> store.scores().enrolAll(other, List.of(zoe)))).isEqualTo(1);
        assertThat(inTransaction(() -> store.scores().enrolAll(other, List.of()))).isZero();

        assertThat(read(() -> store.scores().subjectCounts(List.of(issuer, other))))
                .isEqualTo(Map.of(issuer, 3L, other, 1L));
        assertThat(inTransaction(() -> store.scores().enrol(issuer, zoe))).isFalse();
    }

    @Test
    void a_count_in_a_unit_that_fails_is_not_kept() {
        try {
            write(() -> {
                store.scores().count(counted(GOLD, STEVE, 50), T);
                throw new IllegalStateException("the award failed");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("the award failed");
        }

        assertThat(ranking("all", Optional.empty(), 10)).isEmpty();
    }

    @Test
    @Timeout(60)
    void concurrent_awards_to_many_subjects_keep_every_rank_exact() throws Exception {
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < writers * 3; i++) {
                CountedAward award = counted(i % 2 == 0 ? GOLD : SILVER,
                        Identity.handle("forum", "player" + i % writers), 10L * (i % 3 + 1));
                done.add(pool.submit(() -> {
                    go.await();
                    write(() -> store.scores().count(award, T));
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<Standing> board = ranking("all", Optional.empty(), 20);
        assertThat(board).hasSize(writers);
        for (Standing line : board) {
            assertThat(read(() -> store.scores().standing(issuer, "all", line.subject()))).contains(line);
        }
    }

    @Test
    @Timeout(60)
    void concurrent_awards_lose_no_points() throws Exception {
        int writers = 8;
        List<CountedAward> awards = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            awards.add(counted(GOLD, STEVE, 10));
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (CountedAward award : awards) {
                done.add(pool.submit(() -> {
                    go.await();
                    write(() -> {
                        store.scores().enrol(issuer, STEVE);
                        store.scores().count(award, T);
                    });
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(read(() -> store.scores().standing(issuer, "all", STEVE)).orElseThrow().points()).isEqualTo(80);
        assertThat(read(() -> store.scores().standing(issuer, "all", STEVE)).orElseThrow().rank()).isEqualTo(1);
        assertThat(read(() -> store.scores().holderCounts(List.of(GOLD)))).containsEntry(GOLD, 1L);
        assertThat(read(() -> store.scores().subjectCount(issuer))).isEqualTo(1);
    }
}
