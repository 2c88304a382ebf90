package dev.accolade.adapter.in.rest.page.site;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.page.Frame;
import dev.accolade.adapter.in.rest.page.PageKit;
import dev.accolade.adapter.in.rest.page.PagePaths;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.showcase.GetPublicIssuerUseCase;
import dev.accolade.application.showcase.PublicIssuer;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerSlug;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/** An issuer's page: its public profile (the Open Badges issuer facts), published templates and recent awards. */
public final class IssuerPage {

    private final GetPublicIssuerUseCase issuers;
    private final PageKit kit;

    /** The page over this use case. */
    public IssuerPage(GetPublicIssuerUseCase issuers, PageKit kit) {
        this.issuers = requireNonNull(issuers, "issuers");
        this.kit = requireNonNull(kit, "kit");
    }

    /** Adds the route. */
    public void register(RoutesConfig routes) {
        routes.get(PagePaths.ISSUERS + "{slug}", this::show);
    }

    private void show(Context ctx) {
        PublicIssuer found = issuers.publicIssuer(kit.visitor(ctx).actor(), slug(ctx));
        Issuer issuer = found.issuer();
        IssuerView model = new IssuerView(issuer.name(), issuer.profile().description(),
                issuer.profile().url().map(WebUrl::value),
                found.templates().stream().map(view -> TemplateCard.of(view, kit.links())).toList(),
                found.recentAwards().stream().map(award -> AwardLine.of(award, kit.links())).toList());
        String url = kit.links().issuer(issuer.slug());
        Frame frame = kit.frame(ctx, issuer.name()).sharedAs(url, SharedLink.tags(issuer.name(),
                issuer.profile().description(), url, issuer.profile().image().map(WebUrl::value).orElse("")));
        kit.render(ctx, "site/issuer.jte", frame, model);
    }

    private static IssuerSlug slug(Context ctx) {
        try {
            return new IssuerSlug(ctx.pathParam("slug"));
        } catch (DomainException notASlug) {
            throw NotFound.issuer();
        }
    }

    /**
     * What the issuer page shows.
     *
     * @param name the issuer's name
     * @param description what it says about itself
     * @param website its website, if it gave one
     * @param templates its published templates
     * @param recent its latest public awards
     */
    public record IssuerView(String name, String description, Optional<String> website, List<TemplateCard> templates,
            List<AwardLine> recent) {
    }
}
