package dev.accolade.adapter.in.rest.page.site;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.page.Frame;
import dev.accolade.adapter.in.rest.page.PageKit;
import dev.accolade.adapter.in.rest.page.PagePaths;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.showcase.GetPublicBadgeUseCase;
import dev.accolade.application.showcase.PublicBadge;
import dev.accolade.application.template.TemplateView;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.score.Rarity;
import dev.accolade.domain.template.TemplateDetails;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** A published template's page: what it is, who issues it, how it is rated and who holds it lately. */
public final class BadgePage {

    private final GetPublicBadgeUseCase badges;
    private final PageKit kit;

    /** The page over this use case. */
    public BadgePage(GetPublicBadgeUseCase badges, PageKit kit) {
        this.badges = requireNonNull(badges, "badges");
        this.kit = requireNonNull(kit, "kit");
    }

    /** Adds the route. */
    public void register(RoutesConfig routes) {
        routes.get(PagePaths.BADGES + "{id}", this::show);
    }

    private void show(Context ctx) {
        PublicId id = PublicId.parse(ctx.pathParam("id")).orElseThrow(NotFound::badgeClass);
        PublicBadge badge = badges.publicBadge(kit.visitor(ctx).actor(), id);
        TemplateView view = badge.template();
        TemplateDetails details = view.template().details();
        boolean hidden = view.concealed();
        String image = hidden ? "" : kit.links().base() + CredentialUrls.BADGES + id.value() + CredentialUrls.IMAGE;
        Badge model = new Badge(hidden ? "Hidden badge" : details.title(), hidden ? "" : details.description(),
                hidden ? "" : details.criteria(), image, badge.issuer().name(), kit.links().issuer(badge.issuer().slug()),
                rating(view.ratings().count(), view.ratings().difficulty()),
                rating(view.ratings().count(), view.ratings().credibility()), view.awards().count(),
                rarity(view.rarity()), hidden,
                kit.links().base() + CredentialUrls.BADGES + id.value(),
                badge.recentRecipients().stream().map(award -> AwardLine.of(award, kit.links())).toList());
        String url = kit.links().badge(id);
        Frame frame = kit.frame(ctx, model.title()).sharedAs(url, SharedLink.tags(model.title(),
                hidden ? "A badge on Accolade" : details.description(), url, image));
        kit.render(ctx, "site/badge.jte", frame, model);
    }

    private static String rarity(Rarity rarity) {
        if (rarity.subjects() == 0) {
            return "nobody has earned anything from this issuer yet";
        }
        return String.format(Locale.ROOT, "%.1f%% of %,d recipients from this issuer hold it", rarity.share() * 100,
                rarity.subjects());
    }

    private static String rating(int count, double average) {
        return count == 0 ? "not rated yet" : String.format(Locale.ROOT, "%.1f (%d ratings)", average, count);
    }

    /**
     * What the badge page shows.
     *
     * @param title the live title
     * @param description the live description
     * @param criteria how to earn it
     * @param image the image's absolute URL, empty when hidden from the viewer
     * @param issuer the issuer's name
     * @param issuerUrl the issuer's page
     * @param difficulty the average difficulty rating
     * @param credibility the average credibility rating
     * @param holders how many live awards it has
     * @param rarity the share of the issuer's subjects (anyone with an event or an award from it) who hold it
     * @param hidden whether the viewer sees it as hidden
     * @param badgeClass the Open Badges 2.0 BadgeClass URL
     * @param recent its latest public awards
     */
    public record Badge(String title, String description, String criteria, String image, String issuer,
            String issuerUrl, String difficulty, String credibility, long holders, String rarity, boolean hidden,
            String badgeClass,
            List<AwardLine> recent) {
    }
}
