package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.category.CategoryHierarchyQuery;
import dev.accolade.application.category.CategoryRelation;
import dev.accolade.application.category.CreateCategoryCommand;
import dev.accolade.application.category.MoveCategoryCommand;
import dev.accolade.domain.category.Category;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.category.CategoryPlacement;
import dev.accolade.domain.error.ErrorCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeping the category tree and asking it for parents, children and siblings. */
public abstract class CategoryUseCasesTest extends UseCaseTest {

    private Category create(String name, Category parent, Integer position) {
        return accolade.categories().createCategory(new CreateCategoryCommand(operator, name,
                parent == null ? null : parent.id(), position));
    }

    private List<String> names(CategoryId category, CategoryRelation relation) {
        return accolade.categories().categoryHierarchy(new CategoryHierarchyQuery(category, relation)).stream()
                .map(Category::name).toList();
    }

    @Test
    void new_categories_go_to_the_end_of_their_siblings_unless_a_position_is_given() {
        Category sport = create("Sport", null, null);
        create("Running", sport, null);
        create("Swimming", sport, null);
        create("Archery", sport, 0);

        assertThat(names(sport.id(), CategoryRelation.CHILDREN)).containsExactly("Archery", "Running", "Swimming");
        assertThat(names(null, CategoryRelation.CHILDREN)).containsExactly("Sport");
    }

    @Test
    void the_hierarchy_answers_all_five_relations() {
        Category science = create("Science", null, null);
        Category physics = create("Physics", science, null);
        Category chemistry = create("Chemistry", science, null);
        create("Biology", science, null);
        Category optics = create("Optics", physics, null);

        assertThat(names(optics.id(), CategoryRelation.PARENTS)).containsExactly("Physics", "Science");
        assertThat(names(science.id(), CategoryRelation.CHILDREN)).containsExactly("Physics", "Chemistry", "Biology");
        assertThat(names(chemistry.id(), CategoryRelation.SIBLINGS)).containsExactly("Physics", "Biology");
        assertThat(names(physics.id(), CategoryRelation.SIBLINGS_NEXT)).containsExactly("Chemistry", "Biology");
        assertThat(names(chemistry.id(), CategoryRelation.SIBLINGS_PREV)).containsExactly("Physics");
        assertThat(names(science.id(), CategoryRelation.PARENTS)).isEmpty();
    }

    @Test
    void moving_a_category_renumbers_both_the_old_and_the_new_siblings() {
        Category a = create("A", null, null);
        Category b = create("B", null, null);
        create("A1", a, null);
        Category a2 = create("A2", a, null);
        create("A3", a, null);
        create("B1", b, null);

        Category moved = accolade.categories().moveCategory(new MoveCategoryCommand(operator, a2.id(), b.id(), 0));

        assertThat(moved.parent()).contains(b.id());
        assertThat(accolade.categories().categoryHierarchy(new CategoryHierarchyQuery(a.id(),
                CategoryRelation.CHILDREN)))
                .extracting(Category::name, Category::position).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A1", 0), org.assertj.core.groups.Tuple.tuple("A3", 1));
        assertThat(names(b.id(), CategoryRelation.CHILDREN)).containsExactly("A2", "B1");
    }

    @Test
    void moving_within_the_same_siblings_reorders_them() {
        Category a = create("A", null, null);
        create("B", null, null);
        create("C", null, null);

        accolade.categories().moveCategory(new MoveCategoryCommand(operator, a.id(), null, 99));

        assertThat(names(null, CategoryRelation.CHILDREN)).containsExactly("B", "C", "A");
    }

    @Test
    void a_category_cannot_move_under_itself_or_a_descendant_and_nothing_changes() {
        Category root = create("Root", null, null);
        Category child = create("Child", root, null);
        Category grandchild = create("Grandchild", child, null);

        assertRefusedWithoutChange(() -> accolade.categories().moveCategory(new MoveCategoryCommand(operator, root.id(),
                grandchild.id(), null)), "category_cycle");
        assertRefusedWithoutChange(() -> accolade.categories().moveCategory(new MoveCategoryCommand(operator, root.id(),
                root.id(), null)), "category_cycle");
    }

    @Test
    void the_tree_is_at_most_sixteen_levels_deep_even_when_a_subtree_moves() {
        Category parent = null;
        for (int level = 1; level <= CategoryPlacement.MAX_DEPTH; level++) {
            parent = create("Level " + level, parent, null);
        }
        Category deepest = parent;
        Category other = create("Other", null, null);
        create("Other child", other, null);

        assertRefusedWithoutChange(() -> create("Too deep", deepest, null), "category_too_deep");
        assertRefusedWithoutChange(() -> accolade.categories().moveCategory(new MoveCategoryCommand(operator,
                other.id(),
                deepest.parent().orElseThrow(), null)), "category_too_deep");
    }

    @Test
    void unknown_categories_are_not_found() {
        CategoryId unknown = new CategoryId(424_242);

        assertRefused(() -> accolade.categories().getCategory(unknown), "category_not_found", ErrorCategory.NOT_FOUND);
        assertRefused(() -> accolade.categories().categoryHierarchy(new CategoryHierarchyQuery(unknown,
                CategoryRelation.PARENTS)),
                "category_not_found");
        assertRefusedWithoutChange(() -> accolade.categories().createCategory(new CreateCategoryCommand(operator, "X",
                unknown,
                null)), "category_not_found");
    }

    @Test
    void only_children_of_nothing_makes_sense_without_a_category() {
        assertRefused(() -> accolade.categories().categoryHierarchy(new CategoryHierarchyQuery(null,
                CategoryRelation.SIBLINGS)),
                "category_id_required");
    }

    @Test
    void only_the_operator_keeps_the_tree() {
        var issuer = issuer("demo");
        Category sport = create("Sport", null, null);

        assertRefused(() -> accolade.categories().createCategory(new CreateCategoryCommand(as(issuer), "X", null,
                null)),
                "operator_required", ErrorCategory.FORBIDDEN);
        assertRefused(() -> accolade.categories().moveCategory(new MoveCategoryCommand(anonymous, sport.id(), null, 0)),
                "authentication_required");
        assertRefused(() -> accolade.categories().createCategory(new CreateCategoryCommand(operator, " ", null, -1)),
                "name_required");
    }
}
