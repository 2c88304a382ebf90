package dev.accolade.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.score.Standing;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reads of leaderboards and rarity go through indexes: a page of a ranking and the neighbours above read
 * in index order (no sort step), a rank summed over the score bands' key and counted within its tie group on
 * an index of the board, a subject's score, an issuer's
 * subject count and templates' holder counts by primary key; the awards due to expire and a deleted template's
 * counted awards through their indexes on {@code award_score}. The database explains the very queries the
 * store runs, and no table may be scanned whole.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(value = JdbcTarget.class, names = {"H2_MEMORY", "POSTGRESQL"})
class LeaderboardPlanTest {

    private static final Identity SUBJECT = Identity.handle("minecraft:survival", "player42");
    private static final String DAY = PlanTestDatabase.SCORE_PERIODS.get(1);

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

        assertThat(queries).hasSize(1);
        assertServed(queries.get(0), "leaderboard_score", "period", true);
    }

    @Test
    void a_rank_is_a_score_by_key_a_sum_over_the_bands_above_and_a_count_within_the_tie_group() {
        assertThat(standing().rank()).isBetween(1L, 400L);
        List<PlanRecorder.ExplainedQuery> queries = explain(() -> database.store().scores()
                .standing(database.issuer(), DAY, SUBJECT));

        assertThat(queries).hasSize(3);
        assertServed(queries.get(0), "leaderboard_score", "subject", false);
        assertServed(queries.get(1), "leaderboard_band", "points", false);
        assertServed(queries.get(2), "leaderboard_score", "points", false);
    }

    @Test
    void the_neighbours_above_are_read_in_index_order() {
        Standing mine = standing();
        List<PlanRecorder.ExplainedQuery> queries = explain(() -> database.store().scores()
                .above(database.issuer(), DAY, mine, 2));

        assertThat(queries).hasSize(1);
        assertServed(queries.get(0), "leaderboard_score", "period", true);
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
}
