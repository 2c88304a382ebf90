package dev.accolade.adapter.in.rest.page;

import dev.accolade.adapter.in.rest.page.apply.ApplyPages;
import dev.accolade.adapter.in.rest.page.console.ConsoleAnswers;
import dev.accolade.adapter.in.rest.page.console.ConsoleAwarding;
import dev.accolade.adapter.in.rest.page.console.ConsoleHome;
import dev.accolade.adapter.in.rest.page.console.ConsolePage;
import dev.accolade.adapter.in.rest.page.console.ConsoleTemplates;
import dev.accolade.adapter.in.rest.page.inbox.InboxActions;
import dev.accolade.adapter.in.rest.page.inbox.InboxPage;
import dev.accolade.adapter.in.rest.page.moderation.ModerationAnswers;
import dev.accolade.adapter.in.rest.page.moderation.ModerationQueue;
import dev.accolade.adapter.in.rest.page.moderation.OperatorSessions;
import io.javalin.config.RoutesConfig;

/**
 * The pages where people get work done, wired from the feature facades: the member's inbox and applying
 * for a badge, an issuer's console, and the operator's moderation queue with its own session.
 */
final class WorkPages {

    private WorkPages() {
    }

    /** Adds the routes of the inbox, applying, the console and the moderation queue. */
    static void register(RoutesConfig routes, PageKit kit, OperatorSessions operator, PageWiring.Features features) {
        var templates = features.templates();
        var issuers = features.issuers();
        new InboxPage(features.offers(), features.requests(), features.achievements(), templates, kit)
                .register(routes);
        new InboxActions(features.offers(), features.offers(), features.awards(), kit).register(routes);
        new ApplyPages(features.showcase(), features.requests(), kit).register(routes);
        new ConsoleHome(issuers, issuers, kit).register(routes);
        new ConsolePage(issuers, templates, features.requests(), features.achievements(), templates, kit)
                .register(routes);
        new ConsoleTemplates(issuers, templates, templates, templates, templates, kit).register(routes);
        new ConsoleAwarding(templates, issuers, features.awards(), kit).register(routes);
        new ConsoleAnswers(features.requests(), features.requests(), features.awards(), kit).register(routes);
        new ModerationQueue(templates, issuers, operator, kit).register(routes);
        new ModerationAnswers(features.moderation(), features.moderation(), operator, kit).register(routes);
    }
}
