package dev.accolade.adapter.in.rest.page.site;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.page.PageKit;
import dev.accolade.adapter.in.rest.page.PagePaths;
import dev.accolade.adapter.in.rest.page.Visitor;
import dev.accolade.application.showcase.GetProfileUseCase;
import dev.accolade.application.showcase.Profile;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.MemberIdentity;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.util.List;

/**
 * A recipient's profile, at the URL its credentials name it by ({@code /profiles/<identity key>}): a
 * member's or a handle's awards. {@code /me} leads a signed-in member to their own.
 */
public final class ProfilePage {

    private final GetProfileUseCase profiles;
    private final PageKit kit;

    /** The page over this use case. */
    public ProfilePage(GetProfileUseCase profiles, PageKit kit) {
        this.profiles = requireNonNull(profiles, "profiles");
        this.kit = requireNonNull(kit, "kit");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get(PagePaths.PROFILES + "{key}", this::show);
        routes.get(PagePaths.ME, this::mine);
    }

    private void show(Context ctx) {
        Identity recipient = identity(ctx.pathParam("key"));
        Visitor visitor = kit.visitor(ctx);
        Profile profile = profiles.profile(visitor.actor(), recipient);
        boolean own = visitor.member().map(member -> new MemberIdentity(member.id()).equals(recipient)).orElse(false);
        kit.render(ctx, "site/profile.jte", kit.frame(ctx, profile.name()), new ProfileView(profile.name(), own,
                profile.awards().stream().map(award -> AwardLine.of(award, kit.links())).toList()));
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
     */
    public record ProfileView(String name, boolean own, List<AwardLine> awards) {
    }
}
