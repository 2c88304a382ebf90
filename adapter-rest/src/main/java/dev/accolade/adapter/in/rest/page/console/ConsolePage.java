package dev.accolade.adapter.in.rest.page.console;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.page.PageKit;
import dev.accolade.adapter.in.rest.page.TemplateTitles;
import dev.accolade.application.achievement.FindAchievementsQuery;
import dev.accolade.application.achievement.FindAchievementsUseCase;
import dev.accolade.application.issuer.GetManagedIssuerUseCase;
import dev.accolade.application.issuer.ManagedIssuerQuery;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TemplateSort;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.request.FindRequestsQuery;
import dev.accolade.application.request.FindRequestsUseCase;
import dev.accolade.application.template.FindTemplatesQuery;
import dev.accolade.application.template.FindTemplatesUseCase;
import dev.accolade.application.template.GetTemplateUseCase;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.request.RequestStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * One issuer's console, for a member who acts for it: its templates in every state, the requests waiting
 * for an answer, and its latest awards with a form to revoke each. An issuer the member does not act for
 * is not found, as in the API.
 */
public final class ConsolePage {

    private static final int SHOWN = 50;
    private static final Identity THE_MEMBERS_ISSUERS = null;

    private final GetManagedIssuerUseCase getIssuer;
    private final FindTemplatesUseCase findTemplates;
    private final FindRequestsUseCase findRequests;
    private final FindAchievementsUseCase findAwards;
    private final GetTemplateUseCase getTemplate;
    private final PageKit kit;

    /** The page over these use cases. */
    public ConsolePage(GetManagedIssuerUseCase getIssuer, FindTemplatesUseCase findTemplates,
            FindRequestsUseCase findRequests, FindAchievementsUseCase findAwards, GetTemplateUseCase getTemplate,
            PageKit kit) {
        this.getIssuer = requireNonNull(getIssuer, "getIssuer");
        this.findTemplates = requireNonNull(findTemplates, "findTemplates");
        this.findRequests = requireNonNull(findRequests, "findRequests");
        this.findAwards = requireNonNull(findAwards, "findAwards");
        this.getTemplate = requireNonNull(getTemplate, "getTemplate");
        this.kit = requireNonNull(kit, "kit");
    }

    /** Adds the route. */
    public void register(RoutesConfig routes) {
        routes.get(ConsolePaths.ISSUER, this::show);
    }

    private void show(Context ctx) {
        Actor actor = kit.member(ctx).actor();
        Issuer issuer = getIssuer.getManagedIssuer(new ManagedIssuerQuery(actor,
                new IssuerId(PathIds.of(ctx, "issuer"))));
        PageRequest page = PageRequest.first(SHOWN);
        List<ConsoleLines.TemplateLine> templates = findTemplates.findTemplates(FindTemplatesQuery.all(actor, page)
                .ofIssuer(issuer.id()).sortedBy(TemplateSort.ID, SortDirection.DESC)).items().stream()
                .map(view -> ConsoleLines.TemplateLine.of(view.template())).toList();
        TemplateTitles titles = new TemplateTitles(getTemplate, actor);
        List<ConsoleLines.RequestLine> requests = findRequests.findRequests(new FindRequestsQuery(actor, issuer.id(),
                RequestStatus.PENDING, TimeWindow.ALWAYS, page)).items().stream()
                .map(request -> ConsoleLines.RequestLine.of(request, titles)).toList();
        List<ConsoleLines.AwardLine> awards = findAwards.findAchievements(FindAchievementsQuery.awardedBy(actor,
                THE_MEMBERS_ISSUERS, page).ofIssuer(issuer.id())).items().stream().map(ConsoleLines.AwardLine::of)
                .toList();
        kit.render(ctx, "console/issuer.jte", kit.frame(ctx, issuer.name() + " · console"),
                new Console(issuer.id().value(), issuer.name(), kit.links().issuer(issuer.slug()), templates,
                        requests, awards));
    }

    /**
     * What an issuer's console shows.
     *
     * @param id the issuer's id
     * @param name its name
     * @param page its public page
     * @param templates its templates, newest first
     * @param requests the requests waiting for its answer
     * @param awards its latest awards
     */
    public record Console(long id, String name, String page, List<ConsoleLines.TemplateLine> templates,
            List<ConsoleLines.RequestLine> requests, List<ConsoleLines.AwardLine> awards) {
    }
}
