package dev.accolade.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.paging.PageRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every list the repositories serve is keyset-paged through an index: the database explains the very
 * query each list runs, with its arguments, and the plan must read the listed table through an index
 * that narrows it or delivers its order, and scan no table whole; where one index both narrows and orders
 * a list, H2 must read it in order (PostgreSQL weighs a sort of the few rows of the test tables as cheaper,
 * and reads the index in order at scale: docs/performance.md, the scale case). No list pages with OFFSET.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(value = JdbcTarget.class, names = {"H2_MEMORY", "POSTGRESQL"})
class ListQueryPlanTest {

    private static PlanTestDatabase database;

    @Parameter
    JdbcTarget target;

    @BeforeParameterizedClassInvocation
    static void openDatabase(JdbcTarget target) {
        database = PlanTestDatabase.shared(target);
    }

    static Stream<ListQuery> lists() {
        return ListQueries.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void anIndexServesTheList(ListQuery list) {
        PageRequest page = list.page(database);

        List<PlanRecorder.ExplainedQuery> queries = database.recorder().explain(() -> list.read(database, page));

        assertThat(queries).as("the queries listing %s", list).hasSize(1);
        PlanRecorder.ExplainedQuery query = queries.get(0);
        assertThat(query.plan().indexProblems(list.table(), target == JdbcTarget.POSTGRESQL ? list.use().anyOrder()
                : list.use()))
                .as("how %s reads %s%nSQL: %s%nplan:%n%s", target, list, query.sql(), query.plan().text())
                .isEmpty();
    }

    @Test
    void noListPagesWithOffset() {
        List<String> lists = ListQueries.all().flatMap(list -> database.recorder()
                .explain(() -> list.read(database, list.page(database))).stream())
                .map(PlanRecorder.ExplainedQuery::sql).toList();

        assertThat(lists).isNotEmpty().allSatisfy(sql -> assertThat(sql).containsIgnoringCase(" LIMIT "));
        assertThat(database.recorder().statements()).as("every statement the store ran")
                .containsAll(lists).noneSatisfy(sql -> assertThat(sql).containsIgnoringCase("OFFSET"));
    }
}
