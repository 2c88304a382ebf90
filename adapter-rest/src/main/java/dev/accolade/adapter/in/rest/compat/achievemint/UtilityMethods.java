package dev.accolade.adapter.in.rest.compat.achievemint;

import dev.accolade.application.category.CategoryHierarchyQuery;
import dev.accolade.application.category.CategoryRelation;
import dev.accolade.application.category.GetCategoryHierarchyUseCase;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.error.DomainException;
import java.util.List;
import java.util.Map;

/** {@code available_versions}, {@code current_version} and {@code category_hierarchy}. */
final class UtilityMethods {

    /** The versions this server serves; the last is the current one. */
    static final List<String> VERSIONS = List.of("1.0");

    private static final Map<String, CategoryRelation> RELATIONS = Map.of("parents", CategoryRelation.PARENTS,
            "children", CategoryRelation.CHILDREN, "siblings", CategoryRelation.SIBLINGS,
            "siblings-next", CategoryRelation.SIBLINGS_NEXT, "siblings-prev", CategoryRelation.SIBLINGS_PREV);

    private final GetCategoryHierarchyUseCase hierarchy;

    UtilityMethods(GetCategoryHierarchyUseCase hierarchy) {
        this.hierarchy = hierarchy;
    }

    /** Adds the methods to the dialect's table. */
    void register(Map<String, AchieveMintMethod> methods) {
        methods.put("available_versions", call -> Map.of("versions", VERSIONS));
        methods.put("current_version", call -> Map.of("version", VERSIONS.get(VERSIONS.size() - 1)));
        methods.put("category_hierarchy", this::categoryHierarchy);
    }

    /** The categories related to one: parents, children, siblings, siblings-next or siblings-prev. */
    private Object categoryHierarchy(Call call) {
        Parameters parameters = call.parameters();
        CategoryId category = new CategoryId(parameters.id("category_id"));
        String name = parameters.requiredText("relation").strip();
        CategoryRelation relation = RELATIONS.get(name);
        if (relation == null) {
            throw DomainException.invalid("relation_invalid",
                    "The relation must be one of: parents, children, siblings, siblings-next, siblings-prev.");
        }
        Views views = call.views();
        return Map.of("categories", hierarchy.categoryHierarchy(new CategoryHierarchyQuery(category,
                relation))
                .stream().map(found -> views.category(found.id())).toList());
    }
}
