package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.category.Category;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.testdata.TestData;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every store promises about the category tree: round trips, ordered children, renumbering, existence. */
public abstract class CategoryRepositoryContract extends StoreContract {

    private static Category category(String name, Optional<CategoryId> parent, int position) {
        return Category.reconstitute(new CategoryId(TestData.nextId()), name, parent, position,
                plusMicros(at(position), 77));
    }

    @Test
    void a_root_category_comes_back_equal() {
        Category root = saved(category("Cooking & Baking — “fine”", Optional.empty(), 0));

        assertThat(read(() -> store.categories().findById(root.id()))).contains(root);
    }

    @Test
    void a_child_category_comes_back_with_its_parent_and_position() {
        Category root = saved(category("Cooking", Optional.empty(), 0));
        Category child = saved(category("Pastry", Optional.of(root.id()), 3));

        assertThat(read(() -> store.categories().findById(child.id()))).contains(child);
    }

    @Test
    void an_unknown_id_finds_no_category() {
        savedCategory();

        assertThat(read(() -> store.categories().findById(new CategoryId(TestData.nextId())))).isEmpty();
    }

    @Test
    void the_roots_are_the_children_of_no_parent_by_position_then_id() {
        Category third = saved(category("C", Optional.empty(), 2));
        Category tiedA = saved(category("A", Optional.empty(), 1));
        Category first = saved(category("Z", Optional.empty(), 0));
        Category tiedB = saved(category("B", Optional.empty(), 1));
        saved(category("Child", Optional.of(first.id()), 0));

        List<Category> expectedTied = tiedA.id().value() < tiedB.id().value() ? List.of(tiedA, tiedB)
                : List.of(tiedB, tiedA);
        assertThat(read(() -> store.categories().findChildren(Optional.empty())))
                .containsExactly(first, expectedTied.get(0), expectedTied.get(1), third);
    }

    @Test
    void a_parents_children_are_its_own_by_position_then_id() {
        Category parent = saved(category("Parent", Optional.empty(), 0));
        Category otherParent = saved(category("Other", Optional.empty(), 1));
        Category second = saved(category("Second", Optional.of(parent.id()), 1));
        Category first = saved(category("First", Optional.of(parent.id()), 0));
        saved(category("Foreign", Optional.of(otherParent.id()), 0));
        saved(category("Grandchild", Optional.of(first.id()), 0));

        assertThat(read(() -> store.categories().findChildren(Optional.of(parent.id()))))
                .containsExactly(first, second);
    }

    @Test
    void a_leaf_has_no_children() {
        Category leaf = savedCategory();

        assertThat(read(() -> store.categories().findChildren(Optional.of(leaf.id())))).isEmpty();
    }

    @Test
    void updating_several_categories_replaces_each_as_a_move_renumbers_them() {
        Category parent = saved(category("Parent", Optional.empty(), 0));
        Category a = saved(category("A", Optional.empty(), 1));
        Category b = saved(category("B", Optional.empty(), 2));
        Category c = saved(category("C", Optional.empty(), 3));

        write(() -> store.categories().updateAll(List.of(a.under(Optional.of(parent.id())).at(0), b.at(1), c.at(2))));

        assertThat(read(() -> store.categories().findChildren(Optional.empty()))).containsExactly(parent, b.at(1),
                c.at(2));
        assertThat(read(() -> store.categories().findChildren(Optional.of(parent.id()))))
                .containsExactly(a.under(Optional.of(parent.id())).at(0));
        assertThat(read(() -> store.categories().findById(a.id()))).contains(a.under(Optional.of(parent.id())).at(0));
    }

    @Test
    void updating_no_categories_changes_nothing() {
        Category root = savedCategory();

        write(() -> store.categories().updateAll(List.of()));

        assertThat(read(() -> store.categories().findById(root.id()))).contains(root);
    }

    @Test
    void existing_names_only_the_stored_ids_among_those_asked() {
        Category a = savedCategory();
        Category b = savedCategory();
        savedCategory();
        CategoryId unknown = new CategoryId(TestData.nextId());

        assertThat(read(() -> store.categories().existing(List.of(a.id(), unknown, b.id()))))
                .isEqualTo(Set.of(a.id(), b.id()));
        assertThat(read(() -> store.categories().existing(List.of(unknown)))).isEmpty();
        assertThat(read(() -> store.categories().existing(List.of()))).isEmpty();
    }

    @Test
    void count_counts_every_category_roots_and_children() {
        assertThat(read(() -> store.categories().count())).isZero();
        Category root = savedCategory();
        saved(category("Child", Optional.of(root.id()), 0));
        savedCategory();

        assertThat(read(() -> store.categories().count())).isEqualTo(3);
    }
}
