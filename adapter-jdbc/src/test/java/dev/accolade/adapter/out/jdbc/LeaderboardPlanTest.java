package dev.accolade.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.port.out.score.CountedAward;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.testdata.TestData;
import dev.accolade.domain.score.Standing;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reads of leaderboards and rarity go through indexes: a page of a ranking and the neighbours above read
 * in index order (no sort step), a rank summed over the keys of the blocks, bands and tie runs and counted
 * within its tie run on an index of the board, the tallies an award moves found by key, a subject's score, an
 * issuer's subject count and templates' holder counts by primary key; the awards due to expire and a deleted
 * template's counted awards through their indexes on {@code award_score}. The database explains the very queries the
 * store runs, and no table may be scanned whole.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(value = JdbcTarget.class, names = {"H2_MEMORY", "POSTGRESQL"})
class LeaderboardPlanTest {

    private static final Identity SUBJECT = Identity.handle("minecraft:survival", "player42");
    private static final String DAY = PlanTestDatabase.SCORE_PERIODS.get(1);
    /** Later than every score of the data: an award as it comes, the newest line of its new tie group. */
    private static final Instant LATER = Instant.parse("2099-01-01T00:00:00Z");

    private static PlanTestDatabase database;

    @Parameter
    JdbcTarget target;

    @BeforeParameterizedClassInvocation
    static void openDatabase(JdbcTarget target) {
        database = PlanTestDatabase.shared(target);
    }

    private List<PlanRecorder.ExplainedQuery> explain(Runnable lookup) {
        return database.recorder().explain(() -> database.store().transactions().readOnly(() -> {
            lookup.run();
            return null;
        }));
    }

    private void assertServed(PlanRecorder.ExplainedQuery query, String table, String column, boolean inOrder) {
        assertThat(query.plan().indexProblems(table, IndexUse.narrowedBy(table, column)))
                .as("how %s reads %s%nSQL: %s%nplan:%n%s", target, table, query.sql(), query.plan().text())
                .isEmpty();
        if (inOrder) {
            assertThat(query.plan().sortsAfterReading())
                    .as("whether %s sorts after reading%nSQL: %s%nplan:%n%s", target, query.sql(), query.plan().text())
                    .isFalse();
        }
    }

    private Standing standing() {
        return database.store().transactions().readOnly(() -> database.store().scores()
                .standing(database.issuer(), DAY, SUBJECT)).orElseThrow();
    }

    @Test
    void the_top_of_a_board_is_read_in_index_order() {
        List<PlanRecorder.ExplainedQuery> queries = explain(() -> database.store().scores()
                .ranking(database.issuer(), DAY, Optional.empty(), 10));

        assertThat(queries).hasSize(1);
        assertServed(queries.get(0), "leaderboard_score", "period", true);
    }

    @Test
    void the_page_after_a_standing_is_read_in_index_order() {
        Standing mine = standing();
        List<PlanRecorder.ExplainedQuery> queries = explain(() -> database.store().scores()
                .ranking(database.issuer(), DAY, Optional.of(mine), 10));

        assertThat(queries).hasSize(2);
        assertServed(queries.get(0), "leaderboard_score", "reached_at", true);
        assertServed(queries.get(1), "leaderboard_score", "points", true);
    }

    @Test
    void a_rank_is_a_score_by_key_sums_over_the_tallies_keys_and_a_count_within_the_tie_run() {
        assertThat(standing().rank()).isBetween(1L, 400L);
        List<PlanRecorder.ExplainedQuery> queries = explain(() -> database.store().scores()
                .standing(database.issuer(), DAY, SUBJECT));

        assertThat(queries).hasSize(7);
        assertServed(queries.get(0), "leaderboard_score", "subject", false);
        assertServed(queries.get(1), "leaderboard_block", "block", false);
        assertServed(queries.get(2), "leaderboard_block", "block", false);
        assertServed(queries.get(3), "leaderboard_band", "points", false);
        assertServed(queries.get(4), "leaderboard_tie", "points", true);
        assertServed(queries.get(5), "leaderboard_tie", "points", false);
        assertServed(queries.get(6), "leaderboard_score", "reached_at", false);
    }

    @Test
    void a_score_moves_its_tallies_by_key_in_a_few_statements() {
        int before = database.recorder().statements().size();
        List<PlanRecorder.ExplainedQuery> queries = database.recorder().explain(() -> {
            try {
                database.store().transactions().inTransaction(() -> {
                    database.store().scores().count(new CountedAward(new AwardId(TestData.nextId()),
                            database.issuer(), database.template(), SUBJECT, 7, List.of(DAY)),
                            LATER);
                    throw new RolledBack();
                });
            } catch (RolledBack expected) {
                // the shared database keeps its scores for the other plan tests
            }
        });

        for (PlanRecorder.ExplainedQuery query : queries) {
            for (String table : List.of("leaderboard_tie", "leaderboard_block", "leaderboard_band")) {
                if (query.sql().contains(" " + table + " ") && query.sql().startsWith("SELECT")) {
                    assertServed(query, table, "period", false);
                }
            }
        }
        List<String> board = database.recorder().statements().subList(before, database.recorder().statements()
                .size()).stream().filter(sql -> sql.contains(" leaderboard_")).toList();
        // The score (read first), its old band and tie run, its new band and run; the blocks stay (within 1,024).
        assertThat(board).as("statements on the board's tables").hasSize(target == JdbcTarget.POSTGRESQL ? 8 : 11);
        assertThat(queries).anyMatch(query -> query.sql().contains("leaderboard_tie"));
    }

    @Test
    void the_neighbours_above_are_read_in_index_order() {
        Standing mine = standing();
        List<PlanRecorder.ExplainedQuery> queries = explain(() -> database.store().scores()
                .above(database.issuer(), DAY, mine, 2));

        assertThat(queries).hasSize(2);
        assertServed(queries.get(0), "leaderboard_score", "reached_at", true);
        assertServed(queries.get(1), "leaderboard_score", "points", true);
    }

    @Test
    void the_awards_due_to_expire_are_read_from_the_expiry_index() {
        assertThat(database.store().transactions().readOnly(() -> database.store().scores()
                .expiredBy(PlanTestDatabase.SCORES_EXPIRE.plusSeconds(1), 5))).hasSize(5);
        List<PlanRecorder.ExplainedQuery> queries = explain(() -> database.store().scores()
                .expiredBy(PlanTestDatabase.SCORES_EXPIRE, 500));

        assertThat(queries).hasSize(1);
        assertServed(queries.get(0), "award_score", "expires_at", false);
    }

    @Test
    void a_deleted_templates_counted_awards_are_read_from_the_template_index() {
        List<PlanRecorder.ExplainedQuery> queries = explain(() -> database.store().scores()
                .countedOf(database.template(), 500));

        assertThat(queries).hasSize(1);
        assertServed(queries.get(0), "award_score", "template_id", false);
    }

    @Test
    void rarity_counts_are_read_by_key() {
        List<PlanRecorder.ExplainedQuery> subjects = explain(() -> database.store().scores()
                .subjectCounts(List.of(database.issuer())));
        List<PlanRecorder.ExplainedQuery> holders = explain(() -> database.store().scores()
                .holderCounts(List.of(database.template())));

        assertServed(subjects.get(0), "score_subject_count", "issuer_id", false);
        assertServed(holders.get(0), "template_holder_count", "template_id", false);
    }

    /** Rolls the counting back, so that the shared database keeps its scores. */
    private static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
