package dev.accolade.adapter.in.rest.page.site;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.page.PageKit;
import dev.accolade.adapter.in.rest.page.PagePaths;
import dev.accolade.adapter.in.rest.page.Visitor;
import dev.accolade.adapter.in.rest.page.PageForm;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.showcase.GetProfileUseCase;
import dev.accolade.application.showcase.HideAwardCommand;
import dev.accolade.application.showcase.HideAwardUseCase;
import dev.accolade.application.showcase.Profile;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.MemberIdentity;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.util.List;

/**
 * A recipient's profile, at the URL its credentials name it by ({@code /profiles/<identity key>}): a
 * member's or a handle's awards. {@code /me} leads a signed-in member to their own, where they hide an
 * award from it or show it again.
 */
public final class ProfilePage {

    private final GetProfileUseCase profiles;
    private final HideAwardUseCase hideAward;
    private final PageKit kit;

    /** The page over these use cases. */
    public ProfilePage(GetProfileUseCase profiles, HideAwardUseCase hideAward, PageKit kit) {
        this.profiles = requireNonNull(profiles, "profiles");
        this.hideAward = requireNonNull(hideAward, "hideAward");
        this.kit = requireNonNull(kit, "kit");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get(PagePaths.PROFILES + "{key}", this::show);
        routes.get(PagePaths.ME, this::mine);
        routes.post(PagePaths.ME + "/awards/{id}/visibility", this::hide);
    }

    private void hide(Context ctx) {
        PageForm form = kit.form(ctx);
        Visitor visitor = kit.member(ctx);
        PublicId award = PublicId.parse(ctx.pathParam("id")).orElseThrow(NotFound::credential);
        hideAward.hideAward(new HideAwardCommand(visitor.actor(), award, "true".equals(form.text("hidden"))));
        mine(ctx);
    }

    private void show(Context ctx) {
        Identity recipient = identity(ctx.pathParam("key"));
        Visitor visitor = kit.visitor(ctx);
        Profile profile = profiles.profile(visitor.actor(), recipient);
        boolean own = visitor.member().map(member -> new MemberIdentity(member.id()).equals(recipient)).orElse(false);
        kit.render(ctx, "site/profile.jte", kit.frame(ctx, profile.name()), new ProfileView(profile.name(), own,
                profile.awards().stream().map(award -> AwardLine.of(award, kit.links())).toList(),
                profile.hidden().stream().map(award -> AwardLine.of(award, kit.links())).toList()));
    }

    private void mine(Context ctx) {
        Visitor visitor = kit.member(ctx);
        String own = kit.links().profile(new MemberIdentity(visitor.member().orElseThrow().id()));
        kit.redirect(ctx, URI.create(own).getRawPath());
    }

    private static Identity identity(String key) {
        try {
            return Identity.parse(key);
        } catch (DomainException | IllegalArgumentException notAnIdentity) {
            throw DomainException.notFound("profile_not_found", "No public profile goes by this name.");
        }
    }

    /**
     * What the profile page shows.
     *
     * @param name the name the recipient shows
     * @param own whether the signed-in member is looking at their own profile
     * @param awards the awards on it
     * @param hidden the awards the member hid from it, listed only to themselves
     */
    public record ProfileView(String name, boolean own, List<AwardLine> awards, List<AwardLine> hidden) {
    }
}
