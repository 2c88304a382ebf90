package dev.accolade.adapter.in.rest.page.site;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.dialect.Dialect;
import dev.accolade.adapter.in.rest.openbadges.AcceptHeader;
import dev.accolade.adapter.in.rest.page.Frame;
import dev.accolade.adapter.in.rest.page.PageKit;
import dev.accolade.adapter.in.rest.page.PagePaths;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.showcase.GetPublicAwardUseCase;
import dev.accolade.application.showcase.PublicAward;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.error.DomainException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * An award's page, the human face of its credential; also what the OB 2.0 Assertion URL answers a browser
 * that asks for HTML before JSON and not {@code ?json} (every other {@code Accept} still gets the JSON-LD).
 */
public final class AwardPage {

    /** A query parameter that asks the Assertion URL for its JSON-LD even from a browser: the page's own link. */
    public static final String JSON_PARAMETER = "json";

    private final GetPublicAwardUseCase awards;
    private final PageKit kit;
    private final Dialect pages;

    /**
     * The page over this use case. The Assertion URL lies outside the pages' paths, so a browser's refusal
     * there (an unknown or malformed id) is answered here with the pages' own error page, not the API's JSON.
     */
    public AwardPage(GetPublicAwardUseCase awards, PageKit kit, Dialect pages) {
        this.awards = requireNonNull(awards, "awards");
        this.kit = requireNonNull(kit, "kit");
        this.pages = requireNonNull(pages, "pages");
    }

    /** Adds the route, and the negotiation in front of the Assertion's. */
    public void register(RoutesConfig routes) {
        routes.get(PagePaths.AWARDS + "{id}", this::show);
        routes.before(CredentialUrls.ASSERTIONS + "{id}", this::negotiate);
    }

    private void negotiate(Context ctx) {
        boolean browser = AcceptHeader.of(ctx.header("Accept")).prefers("text/html", "application/ld+json",
                "application/json");
        ctx.header("Vary", "Accept");
        if (browser && ctx.queryParam(JSON_PARAMETER) == null && "GET".equals(ctx.method().name())) {
            try {
                show(ctx);
            } catch (DomainException refused) {
                pages.send(ctx, pages.refusal(refused, ctx));
            }
            ctx.skipRemainingHandlers();
        }
    }

    private void show(Context ctx) {
        PublicId id = PublicId.parse(ctx.pathParam("id")).orElseThrow(NotFound::credential);
        PublicAward award = awards.publicAward(kit.visitor(ctx).actor(), id);
        AwardFacts facts = AwardFacts.of(award, kit.links());
        String description = award.recipientName() + " was awarded " + facts.line().title() + " by "
                + facts.line().issuer() + " on " + facts.line().date() + ".";
        Frame frame = kit.frame(ctx, facts.line().title() + " — " + award.recipientName())
                .sharedAs(facts.line().url(), SharedLink.tags(facts.line().title(), description, facts.line().url(),
                        facts.line().image().isEmpty() ? "" : kit.links().base() + facts.line().image()));
        kit.render(ctx, "site/award.jte", frame, facts);
    }
}
