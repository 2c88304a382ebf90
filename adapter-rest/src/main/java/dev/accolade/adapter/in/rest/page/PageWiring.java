package dev.accolade.adapter.in.rest.page;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.page.account.RegisterPages;
import dev.accolade.adapter.in.rest.page.account.SignInPages;
import dev.accolade.adapter.in.rest.page.moderation.OperatorSessions;
import dev.accolade.adapter.in.rest.page.site.AwardPage;
import dev.accolade.adapter.in.rest.page.site.BadgePage;
import dev.accolade.adapter.in.rest.page.site.HomePage;
import dev.accolade.adapter.in.rest.page.site.IssuerPage;
import dev.accolade.adapter.in.rest.page.site.ProfilePage;
import dev.accolade.application.achievement.Achievements;
import dev.accolade.application.award.Awards;
import dev.accolade.application.issuer.Issuers;
import dev.accolade.application.member.Members;
import dev.accolade.application.moderation.TemplateModeration;
import dev.accolade.application.offer.Offers;
import dev.accolade.application.request.Requests;
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
    private final OperatorSessions operator;

    private PageWiring(PageKit kit, PageDialect dialect, OperatorSessions operator) {
        this.kit = kit;
        this.dialect = dialect;
        this.operator = operator;
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
                new PageDialect(templates, csrf), new OperatorSessions(serverSecret, cookies.secure(),
                        Clock.systemUTC()));
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
        new AwardPage(features.showcase(), kit, dialect).register(routes);
        new ProfilePage(features.showcase(), features.showcase(), kit).register(routes);
        new SignInPages(features.sessions(), features.sessions(), kit).register(routes);
        new RegisterPages(features.members(), features.members(), kit).register(routes);
        WorkPages.register(routes, kit, operator, features);
    }

    /**
     * The feature facades the pages call.
     *
     * @param sessions signing in and out
     * @param members registering and confirming
     * @param templates searching, reading and writing templates
     * @param showcase the public reads: site figures, badges, awards, issuers, profiles
     * @param issuers the issuers a member acts for
     * @param offers the offers a member answers
     * @param requests asking to be awarded and answering such requests
     * @param achievements a member's new awards and an issuer's latest
     * @param awards awarding, revoking, marking viewed
     * @param moderation approving and rejecting templates
     */
    public record Features(Sessions sessions, Members members, Templates templates, Showcase showcase,
            Issuers issuers, Offers offers, Requests requests, Achievements achievements, Awards awards,
            TemplateModeration moderation) {

        /** Checks every facade is present. */
        public Features {
            requireNonNull(sessions, "sessions");
            requireNonNull(members, "members");
            requireNonNull(templates, "templates");
            requireNonNull(showcase, "showcase");
            requireNonNull(issuers, "issuers");
            requireNonNull(offers, "offers");
            requireNonNull(requests, "requests");
            requireNonNull(achievements, "achievements");
            requireNonNull(awards, "awards");
            requireNonNull(moderation, "moderation");
        }
    }
}
