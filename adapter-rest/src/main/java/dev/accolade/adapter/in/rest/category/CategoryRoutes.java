package dev.accolade.adapter.in.rest.category;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.input.JsonBodies;
import dev.accolade.adapter.in.rest.input.Paging;
import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.category.CategoryHierarchyQuery;
import dev.accolade.application.category.CategoryRelation;
import dev.accolade.application.category.CreateCategoryUseCase;
import dev.accolade.application.category.GetCategoryHierarchyUseCase;
import dev.accolade.application.category.GetCategoryUseCase;
import dev.accolade.application.category.MoveCategoryUseCase;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.category.Category;
import dev.accolade.domain.category.CategoryId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/** The native API's category routes: the one tree the operator keeps, readable by anyone. */
public final class CategoryRoutes {

    private static final String CATEGORIES = "/v1/categories";
    private static final String CATEGORY = CATEGORIES + "/{id}";
    private static final String HIERARCHY = CATEGORY + "/hierarchy";
    private static final String PLACEMENT = CATEGORY + "/placement";

    private final CreateCategoryUseCase createCategory;
    private final GetCategoryHierarchyUseCase getCategoryHierarchy;
    private final GetCategoryUseCase getCategory;
    private final MoveCategoryUseCase moveCategory;
    private final Authenticator authenticator;
    private final JsonBodies bodies;

    /** Routes over these use cases. */
    public CategoryRoutes(CreateCategoryUseCase createCategory, GetCategoryHierarchyUseCase getCategoryHierarchy,
            GetCategoryUseCase getCategory, MoveCategoryUseCase moveCategory, Authenticator authenticator,
            JsonBodies bodies) {
        this.createCategory = requireNonNull(createCategory, "createCategory");
        this.getCategoryHierarchy = requireNonNull(getCategoryHierarchy, "getCategoryHierarchy");
        this.getCategory = requireNonNull(getCategory, "getCategory");
        this.moveCategory = requireNonNull(moveCategory, "moveCategory");
        this.authenticator = requireNonNull(authenticator, "authenticator");
        this.bodies = requireNonNull(bodies, "bodies");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.post(CATEGORIES, this::create);
        routes.get(CATEGORIES, this::listRoots);
        routes.get(CATEGORY, this::get);
        routes.get(HIERARCHY, this::hierarchy);
        routes.put(PLACEMENT, this::move);
    }

    private void create(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        CreateCategoryRequest request = bodies.read(ctx, CreateCategoryRequest.class);
        Category category = createCategory.createCategory(request.toCommand(actor));
        Responses.created(ctx, CATEGORIES + "/" + category.id().value(), CategoryResponse.from(category));
    }

    private void listRoots(Context ctx) {
        authenticator.actorOf(ctx);
        PageRequest page = Paging.of(ctx);
        page(ctx, getCategoryHierarchy.categoryHierarchy(new CategoryHierarchyQuery(null, CategoryRelation.CHILDREN)),
                page);
    }

    private void get(Context ctx) {
        authenticator.actorOf(ctx);
        Responses.ok(ctx, CategoryResponse.from(getCategory.getCategory(categoryId(ctx))));
    }

    private void hierarchy(Context ctx) {
        authenticator.actorOf(ctx);
        CategoryId id = categoryId(ctx);
        CategoryRelation relation = RelationParameter.of(ctx);
        PageRequest page = Paging.of(ctx);
        page(ctx, getCategoryHierarchy.categoryHierarchy(new CategoryHierarchyQuery(id, relation)), page);
    }

    private void move(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        CategoryId id = categoryId(ctx);
        MoveCategoryRequest request = bodies.read(ctx, MoveCategoryRequest.class);
        Responses.ok(ctx, CategoryResponse.from(moveCategory.moveCategory(request.toCommand(actor, id))));
    }

    private static void page(Context ctx, List<Category> all, PageRequest page) {
        Responses.page(ctx, OrderedPages.of(all, page), page, CategoryResponse::from);
    }

    private static CategoryId categoryId(Context ctx) {
        return new CategoryId(PathIds.of(ctx, "id"));
    }
}
