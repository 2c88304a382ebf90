package dev.accolade.adapter.in.rest.page.site;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.page.PageKit;
import dev.accolade.adapter.in.rest.page.PagePaths;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TemplateSort;
import dev.accolade.application.template.FindTemplatesQuery;
import dev.accolade.application.template.FindTemplatesUseCase;
import dev.accolade.domain.template.TitleSearch;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/** The home page: the published templates, newest first, or those whose title matches a search. */
public final class HomePage {

    private static final int SHOWN = 24;

    private final FindTemplatesUseCase findTemplates;
    private final PageKit kit;

    /** The page over this use case. */
    public HomePage(FindTemplatesUseCase findTemplates, PageKit kit) {
        this.findTemplates = requireNonNull(findTemplates, "findTemplates");
        this.kit = requireNonNull(kit, "kit");
    }

    /** Adds the route. */
    public void register(RoutesConfig routes) {
        routes.get(PagePaths.HOME, this::show);
    }

    private void show(Context ctx) {
        Optional<TitleSearch> search = Optional.ofNullable(ctx.queryParam("q")).map(String::strip)
                .filter(text -> !text.isEmpty()).map(TitleSearch::new);
        FindTemplatesQuery query = FindTemplatesQuery.all(kit.visitor(ctx).actor(), PageRequest.first(SHOWN))
                .titled(search.orElse(null)).sortedBy(TemplateSort.ID, SortDirection.DESC);
        List<TemplateCard> templates = findTemplates.findTemplates(query).items().stream()
                .map(view -> TemplateCard.of(view, kit.links())).toList();
        kit.render(ctx, "site/home.jte", kit.frame(ctx, "Badges"),
                new Home(search.map(TitleSearch::text), templates));
    }

    /**
     * What the home page shows.
     *
     * @param search the title searched for, if any
     * @param templates the published templates shown
     */
    public record Home(Optional<String> search, List<TemplateCard> templates) {
    }
}
