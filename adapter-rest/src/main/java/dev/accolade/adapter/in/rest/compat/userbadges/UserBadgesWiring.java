package dev.accolade.adapter.in.rest.compat.userbadges;

import dev.accolade.application.achievement.Achievements;
import dev.accolade.application.award.Awards;
import dev.accolade.application.catalog.TemplateCatalog;
import dev.accolade.application.signing.SignedRequests;

/** Builds the UserBadges dialect, handing each of its classes the use cases it calls and nothing more. */
public final class UserBadgesWiring {

    private UserBadgesWiring() {
    }

    /** The dialect's routes over these features. */
    public static UserBadgesRoutes routes(SignedRequests signedRequests, TemplateCatalog catalog,
            Achievements achievements, Awards awards) {
        return new UserBadgesRoutes(signedRequests,
                new BadgeEndpoints(signedRequests, catalog, catalog, catalog),
                new UserEndpoints(signedRequests, achievements, awards, awards));
    }
}
