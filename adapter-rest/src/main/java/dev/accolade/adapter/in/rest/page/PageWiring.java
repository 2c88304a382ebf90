package dev.accolade.adapter.in.rest.page;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.page.account.RegisterPages;
import dev.accolade.adapter.in.rest.page.account.SignInPages;
import dev.accolade.adapter.in.rest.page.site.AwardPage;
import dev.accolade.adapter.in.rest.page.site.BadgePage;
import dev.accolade.adapter.in.rest.page.site.HomePage;
import dev.accolade.adapter.in.rest.page.site.IssuerPage;
import dev.accolade.adapter.in.rest.page.site.ProfilePage;
import dev.accolade.application.member.Members;
import dev.accolade.application.session.Sessions;
import dev.accolade.application.showcase.Showcase;
import dev.accolade.application.template.Templates;
import io.javalin.config.RoutesConfig;
import java.time.Clock;

/**
 * The human pages' wiring: builds the kit every page route shares (templates, session cookie, CSRF,
 * links) and hands each page class the use cases it calls, from the feature facades it is given.
 */
public final class PageWiring {

    private final PageKit kit;
    private final PageDialect dialect;

    private PageWiring(PageKit kit, PageDialect dialect) {
        this.kit = kit;
        this.dialect = dialect;
    }

    /**
     * The pages of a server reached at this public URL, whose CSRF key derives from this server secret
     * (the admin token, which every instance shares).
     */
    public static PageWiring create(Sessions sessions, String publicUrl, String serverSecret) {
        PageCookies cookies = PageCookies.forPublicUrl(publicUrl);
        PageTemplates templates = new PageTemplates();
        Csrf csrf = new Csrf(serverSecret, cookies);
        PageSessions pageSessions = new PageSessions(sessions, cookies, Clock.systemUTC());
        return new PageWiring(new PageKit(templates, pageSessions, csrf, new PageLinks(publicUrl)),
                new PageDialect(templates, csrf));
    }

    /** The dialect that answers the pages' failures as HTML. */
    public PageDialect dialect() {
        return dialect;
    }

    /** The pages' absolute URLs, for the API's {@code page_url} fields. */
    public PageLinks links() {
        return kit.links();
    }

    /** Adds the security headers and every page's routes. */
    public void register(RoutesConfig routes, Features features) {
        routes.before(PageHeaders::apply);
        new AssetRoutes().register(routes);
        new HomePage(features.showcase(), features.templates(), kit).register(routes);
        new IssuerPage(features.showcase(), kit).register(routes);
        new BadgePage(features.showcase(), kit).register(routes);
        new AwardPage(features.showcase(), kit).register(routes);
        new ProfilePage(features.showcase(), features.showcase(), kit).register(routes);
        new SignInPages(features.sessions(), features.sessions(), kit).register(routes);
        new RegisterPages(features.members(), features.members(), kit).register(routes);
    }

    /**
     * The feature facades the pages call.
     *
     * @param sessions signing in and out
     * @param members registering and confirming
     * @param templates searching templates
     * @param showcase the public reads: site figures, badges, awards, issuers, profiles
     */
    public record Features(Sessions sessions, Members members, Templates templates, Showcase showcase) {

        /** Checks every facade is present. */
        public Features {
            requireNonNull(sessions, "sessions");
            requireNonNull(members, "members");
            requireNonNull(templates, "templates");
            requireNonNull(showcase, "showcase");
        }
    }
}
