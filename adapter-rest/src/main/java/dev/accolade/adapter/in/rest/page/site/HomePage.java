package dev.accolade.adapter.in.rest.page.site;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.page.PageKit;
import dev.accolade.adapter.in.rest.page.PagePaths;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TemplateSort;
import dev.accolade.application.showcase.GetSiteOverviewUseCase;
import dev.accolade.application.showcase.SiteOverview;
import dev.accolade.application.template.FindTemplatesQuery;
import dev.accolade.application.template.FindTemplatesUseCase;
import dev.accolade.domain.template.TitleSearch;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * The home page: the site's counters, recent awards and most awarded templates; with {@code ?q=} the
 * published templates whose title contains the text instead.
 */
public final class HomePage {

    private static final int FOUND_SHOWN = 48;

    private final GetSiteOverviewUseCase overview;
    private final FindTemplatesUseCase findTemplates;
    private final PageKit kit;

    /** The page over these use cases. */
    public HomePage(GetSiteOverviewUseCase overview, FindTemplatesUseCase findTemplates, PageKit kit) {
        this.overview = requireNonNull(overview, "overview");
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
        if (search.isPresent()) {
            FindTemplatesQuery query = FindTemplatesQuery.all(kit.visitor(ctx).actor(), PageRequest.first(FOUND_SHOWN))
                    .titled(search.get()).sortedBy(TemplateSort.NAME, SortDirection.ASC);
            List<TemplateCard> found = findTemplates.findTemplates(query).items().stream()
                    .map(view -> TemplateCard.of(view, kit.links())).toList();
            kit.render(ctx, "site/search.jte", kit.frame(ctx, "Search"), new Search(search.get().text(), found));
            return;
        }
        SiteOverview site = overview.siteOverview(kit.visitor(ctx).actor());
        kit.render(ctx, "site/home.jte", kit.frame(ctx, "Badges worth showing"), new Home(site.templates(),
                site.awarded(), site.members(), site.recentAwards().stream().map(a -> AwardLine.of(a, kit.links()))
                        .toList(), site.popular().stream().map(view -> TemplateCard.of(view, kit.links())).toList()));
    }

    /**
     * What the home page shows.
     *
     * @param templates how many templates are available
     * @param awarded how many awards were made
     * @param members how many members registered
     * @param recent the latest public awards
     * @param popular the most awarded templates
     */
    public record Home(long templates, long awarded, long members, List<AwardLine> recent,
            List<TemplateCard> popular) {
    }

    /**
     * A search's results.
     *
     * @param text the text searched for
     * @param found the published templates whose title contains it
     */
    public record Search(String text, List<TemplateCard> found) {
    }
}
