package dev.accolade.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.award.AwardId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which awards of a profile page their holders hid is read through the award table's primary key: the
 * database explains the very query the store runs, and the table may not be scanned whole.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(value = JdbcTarget.class, names = {"H2_MEMORY", "POSTGRESQL"})
class ProfileHidingPlanTest {

    private static PlanTestDatabase database;

    @Parameter
    JdbcTarget target;

    @BeforeParameterizedClassInvocation
    static void openDatabase(JdbcTarget target) {
        database = PlanTestDatabase.shared(target);
    }

    @Test
    void the_hidden_awards_among_a_pages_awards_are_read_by_key() {
        List<PlanRecorder.ExplainedQuery> queries = database.recorder().explain(() -> database.store().transactions()
                .readOnly(() -> database.store().awards().hiddenFromProfile(List.of(new AwardId(1), new AwardId(2),
                        new AwardId(3)))));

        assertThat(queries).hasSize(1);
        PlanRecorder.ExplainedQuery query = queries.get(0);
        assertThat(query.plan().indexProblems("award", IndexUse.narrowedBy("award", "id")))
                .as("how %s reads award%nSQL: %s%nplan:%n%s", target, query.sql(), query.plan().text())
                .isEmpty();
    }
}
