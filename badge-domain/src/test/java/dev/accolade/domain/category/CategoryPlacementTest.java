package dev.accolade.domain.category;

import static dev.accolade.domain.testdata.DomainAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.accolade.domain.error.ErrorCategory;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The tree has no cycles and at most 16 levels. */
class CategoryPlacementTest {

    private static final CategoryId MOVING = new CategoryId(1);

    /** A chain of parents with ids 100, 101, … from the new parent up to the root. */
    private static List<CategoryId> chainOf(int length) {
        return LongStream.range(100, 100 + length).mapToObj(CategoryId::new).toList();
    }

    @Test
    void a_leaf_may_be_placed_at_the_root() {
        assertThatCode(() -> CategoryPlacement.check(MOVING, List.of(), 1)).doesNotThrowAnyException();
    }

    @Test
    void a_category_may_be_placed_under_an_unrelated_chain() {
        assertThatCode(() -> CategoryPlacement.check(MOVING, chainOf(3), 2)).doesNotThrowAnyException();
    }

    @Test
    void a_category_cannot_be_placed_under_itself() {
        assertRefused(() -> CategoryPlacement.check(MOVING, List.of(MOVING), 1), ErrorCategory.RULE_VIOLATION,
                "category_cycle");
    }

    @Test
    void a_category_cannot_be_placed_under_one_of_its_descendants() {
        List<CategoryId> chain = List.of(new CategoryId(7), new CategoryId(6), MOVING, new CategoryId(2));

        assertRefused(() -> CategoryPlacement.check(MOVING, chain, 3), ErrorCategory.RULE_VIOLATION,
                "category_cycle");
    }

    @Test
    void a_leaf_may_reach_the_sixteenth_level() {
        assertThatCode(() -> CategoryPlacement.check(MOVING, chainOf(15), 1)).doesNotThrowAnyException();
    }

    @Test
    void a_leaf_may_not_reach_a_seventeenth_level() {
        assertRefused(() -> CategoryPlacement.check(MOVING, chainOf(16), 1), ErrorCategory.RULE_VIOLATION,
                "category_too_deep");
    }

    @Test
    void the_height_of_the_moving_subtree_counts_towards_the_depth() {
        assertRefused(() -> CategoryPlacement.check(MOVING, chainOf(14), 3), ErrorCategory.RULE_VIOLATION,
                "category_too_deep");
    }

    @Test
    void a_subtree_may_fill_the_depth_exactly() {
        assertThatCode(() -> CategoryPlacement.check(MOVING, chainOf(12), 4)).doesNotThrowAnyException();
    }
}
