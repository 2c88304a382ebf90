package dev.accolade.adapter.in.rest.compat.acclaim;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.in.rest.auth.Tokens;
import dev.accolade.application.achievement.Achievements;
import dev.accolade.application.award.Awards;
import dev.accolade.application.issuer.Issuers;
import dev.accolade.application.member.Members;
import dev.accolade.application.offer.Offers;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.application.template.Templates;

/** Builds the Acclaim dialect, handing each of its classes the use cases it calls and nothing more. */
public final class AcclaimWiring {

    private AcclaimWiring() {
    }

    /** The dialect's routes over these features, reading JSON bodies with this mapper; credentials under these URLs. */
    public static AcclaimRoutes routes(Issuers issuers, Templates templates, Awards awards, Achievements achievements,
            Offers offers, Members members, Tokens tokens, ObjectMapper mapper, CredentialUrls urls) {
        OrganizationReach organizations = new OrganizationReach(issuers);
        IssuedBadgeReader badges = new IssuedBadgeReader(awards, offers, templates, urls);
        return new AcclaimRoutes(new AcclaimAuthentication(tokens),
                new TemplateEndpoints(organizations, templates, templates, templates, templates, templates, mapper,
                        urls),
                new BadgeEndpoints(organizations, achievements, templates, awards, awards, offers, badges, mapper,
                        urls),
                new UserEndpoints(issuers, members, achievements, offers, offers, badges, urls));
    }
}
