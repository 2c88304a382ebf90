package dev.accolade.domain.category;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static dev.accolade.domain.testdata.DomainAssertions.assertRefused;
import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.testdata.TestData;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A category has a name of at most 100 characters, an optional parent that is not itself, and a position. */
class CategoryTest {

    private static final CategoryId ID = new CategoryId(10);
    private static final CategoryId PARENT = new CategoryId(20);

    @Test
    void a_new_category_starts_at_position_zero() {
        Category category = Category.create(ID, " Cooking ", Optional.of(PARENT), T0);

        assertThat(category.name()).isEqualTo("Cooking");
        assertThat(category.parent()).contains(PARENT);
        assertThat(category.position()).isZero();
        assertThat(category.createdAt()).isEqualTo(T0);
    }

    @Test
    void a_category_without_parent_is_a_root() {
        assertThat(Category.create(ID, "Cooking", Optional.empty(), T0).isRoot()).isTrue();
    }

    @Test
    void a_category_with_a_parent_is_no_root() {
        assertThat(Category.create(ID, "Cooking", Optional.of(PARENT), T0).isRoot()).isFalse();
    }

    @Test
    void a_blank_name_is_required() {
        assertInvalid(() -> Category.create(ID, " ", Optional.empty(), T0), "name", "name_required");
    }

    @Test
    void a_name_of_100_characters_is_accepted() {
        assertThat(Category.create(ID, "c".repeat(Category.MAX_NAME_LENGTH), Optional.empty(), T0).name())
                .hasSize(100);
    }

    @Test
    void a_name_of_101_characters_is_refused() {
        assertInvalid(() -> Category.create(ID, "c".repeat(101), Optional.empty(), T0), "name", "name_too_long");
    }

    @Test
    void a_category_cannot_be_created_under_itself() {
        assertRefused(() -> Category.create(ID, "Loop", Optional.of(ID), T0), ErrorCategory.RULE_VIOLATION,
                "category_cycle");
    }

    @Test
    void a_category_cannot_be_moved_under_itself() {
        Category category = TestData.category();

        assertRefused(() -> category.under(Optional.of(category.id())), ErrorCategory.RULE_VIOLATION,
                "category_cycle");
    }

    @Test
    void moving_under_another_parent_keeps_everything_else() {
        Category category = TestData.category().at(3);

        Category moved = category.under(Optional.of(PARENT));

        assertThat(moved.parent()).contains(PARENT);
        assertThat(moved.id()).isEqualTo(category.id());
        assertThat(moved.name()).isEqualTo(category.name());
        assertThat(moved.position()).isEqualTo(3);
    }

    @Test
    void moving_to_the_root_clears_the_parent() {
        assertThat(Category.create(ID, "Cooking", Optional.of(PARENT), T0).under(Optional.empty()).isRoot()).isTrue();
    }

    @Test
    void a_category_takes_another_position() {
        assertThat(TestData.category().at(4).position()).isEqualTo(4);
    }

    @Test
    void a_negative_position_is_refused() {
        Category category = TestData.category();

        assertThatIllegalArgumentException().isThrownBy(() -> category.at(-1));
    }

    @Test
    void a_reconstituted_category_equals_the_one_that_was_stored() {
        Category category = Category.create(ID, "Cooking", Optional.of(PARENT), T0).at(2);

        assertThat(Category.reconstitute(ID, "Cooking", Optional.of(PARENT), 2, T0)).isEqualTo(category)
                .hasSameHashCodeAs(category);
    }
}
