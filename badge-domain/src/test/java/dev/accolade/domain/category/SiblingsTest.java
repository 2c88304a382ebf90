package dev.accolade.domain.category;

import static dev.accolade.domain.testdata.DomainAssertions.assertRefused;
import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.testdata.TestData;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Siblings are ordered by position then id; inserting, moving and removing keep positions 0..n-1. */
class SiblingsTest {

    private static final CategoryId PARENT_ID = new CategoryId(500);
    private static final Optional<CategoryId> PARENT = Optional.of(PARENT_ID);

    private final Category a = TestData.category(PARENT, 0);
    private final Category b = TestData.category(PARENT, 1);
    private final Category c = TestData.category(PARENT, 2);
    private final Category newcomer = TestData.category();
    private final Siblings siblings = Siblings.of(PARENT, List.of(c, a, b));

    @Test
    void siblings_are_ordered_by_position() {
        assertThat(siblings.ordered()).containsExactly(a, b, c);
    }

    @Test
    void siblings_at_the_same_position_are_ordered_by_id() {
        Category first = TestData.category(PARENT, 0);
        Category second = TestData.category(PARENT, 0);

        assertThat(Siblings.of(PARENT, List.of(second, first)).ordered()).containsExactly(first, second);
    }

    @Test
    void siblings_share_one_parent() {
        Category stranger = TestData.category(Optional.of(new CategoryId(501)), 3);

        assertThatIllegalArgumentException().isThrownBy(() -> Siblings.of(PARENT, List.of(a, stranger)));
    }

    @Test
    void except_leaves_out_the_category_itself() {
        assertThat(siblings.except(b.id())).containsExactly(a, c);
    }

    @Test
    void after_lists_the_following_siblings_nearest_first() {
        assertThat(siblings.after(a.id())).containsExactly(b, c);
    }

    @Test
    void after_the_last_sibling_comes_nothing() {
        assertThat(siblings.after(c.id())).isEmpty();
    }

    @Test
    void before_lists_the_preceding_siblings_in_their_order() {
        assertThat(siblings.before(c.id())).containsExactly(a, b);
    }

    @Test
    void before_the_first_sibling_comes_nothing() {
        assertThat(siblings.before(a.id())).isEmpty();
    }

    @Test
    void a_category_that_is_not_a_sibling_has_no_neighbours() {
        assertThatIllegalArgumentException().isThrownBy(() -> siblings.after(newcomer.id()));
    }

    @Test
    void inserting_without_an_index_places_at_the_end_and_changes_only_the_newcomer() {
        List<Category> changed = siblings.insert(newcomer, OptionalInt.empty());

        assertThat(changed).extracting(Category::id, Category::position).containsExactly(tuple(newcomer.id(), 3));
    }

    @Test
    void an_inserted_category_takes_the_common_parent() {
        List<Category> changed = siblings.insert(newcomer, OptionalInt.empty());

        assertThat(changed.get(0).parent()).isEqualTo(PARENT);
    }

    @Test
    void inserting_at_an_index_shifts_the_followers() {
        List<Category> changed = siblings.insert(newcomer, OptionalInt.of(1));

        assertThat(changed).extracting(Category::id, Category::position)
                .containsExactly(tuple(newcomer.id(), 1), tuple(b.id(), 2), tuple(c.id(), 3));
    }

    @Test
    void an_index_beyond_the_end_is_clamped_to_the_end() {
        List<Category> changed = siblings.insert(newcomer, OptionalInt.of(99));

        assertThat(changed).extracting(Category::id, Category::position).containsExactly(tuple(newcomer.id(), 3));
    }

    @Test
    void a_negative_index_is_clamped_to_the_start() {
        List<Category> changed = siblings.insert(newcomer, OptionalInt.of(-5));

        assertThat(changed).extracting(Category::id, Category::position).containsExactly(
                tuple(newcomer.id(), 0), tuple(a.id(), 1), tuple(b.id(), 2), tuple(c.id(), 3));
    }

    @Test
    void moving_a_sibling_down_renumbers_those_it_passes() {
        List<Category> changed = siblings.insert(a, OptionalInt.of(2));

        assertThat(changed).extracting(Category::id, Category::position)
                .containsExactly(tuple(b.id(), 0), tuple(c.id(), 1), tuple(a.id(), 2));
    }

    @Test
    void moving_a_sibling_up_renumbers_those_it_passes() {
        List<Category> changed = siblings.insert(c, OptionalInt.of(1));

        assertThat(changed).extracting(Category::id, Category::position)
                .containsExactly(tuple(c.id(), 1), tuple(b.id(), 2));
    }

    @Test
    void moving_a_sibling_to_its_own_place_changes_only_itself() {
        List<Category> changed = siblings.insert(b, OptionalInt.of(1));

        assertThat(changed).extracting(Category::id, Category::position).containsExactly(tuple(b.id(), 1));
    }

    @Test
    void moving_a_sibling_to_the_end_without_an_index_keeps_it_once() {
        List<Category> changed = siblings.insert(a, OptionalInt.empty());

        assertThat(changed).extracting(Category::id, Category::position)
                .containsExactly(tuple(b.id(), 0), tuple(c.id(), 1), tuple(a.id(), 2));
    }

    @Test
    void inserting_closes_gaps_in_the_positions() {
        Category first = TestData.category(PARENT, 0);
        Category second = TestData.category(PARENT, 5);
        Category third = TestData.category(PARENT, 9);

        List<Category> changed = Siblings.of(PARENT, List.of(first, second, third)).insert(newcomer,
                OptionalInt.empty());

        assertThat(changed).extracting(Category::id, Category::position)
                .containsExactly(tuple(second.id(), 1), tuple(third.id(), 2), tuple(newcomer.id(), 3));
    }

    @Test
    void inserting_among_the_roots_clears_the_parent() {
        Siblings roots = Siblings.of(Optional.empty(), List.of());

        List<Category> changed = roots.insert(a, OptionalInt.empty());

        assertThat(changed).singleElement().satisfies(moved -> {
            assertThat(moved.isRoot()).isTrue();
            assertThat(moved.position()).isZero();
        });
    }

    @Test
    void a_category_cannot_be_inserted_among_its_own_children() {
        Category parent = Category.create(PARENT_ID, "Parent", Optional.empty(), T0);

        assertRefused(() -> siblings.insert(parent, OptionalInt.empty()), ErrorCategory.RULE_VIOLATION,
                "category_cycle");
    }

    @Test
    void removing_a_sibling_renumbers_its_followers() {
        List<Category> changed = siblings.remove(a.id());

        assertThat(changed).extracting(Category::id, Category::position)
                .containsExactly(tuple(b.id(), 0), tuple(c.id(), 1));
    }

    @Test
    void removing_the_last_sibling_changes_nothing() {
        assertThat(siblings.remove(c.id())).isEmpty();
    }

    @Test
    void the_changed_categories_cannot_be_altered() {
        assertThat(siblings.insert(newcomer, OptionalInt.of(0))).isUnmodifiable();
    }
}
