package dev.accolade.adapter.in.rest.compat.achievemint;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.in.rest.auth.Tokens;
import dev.accolade.application.achievement.Achievements;
import dev.accolade.application.award.Awards;
import dev.accolade.application.category.Categories;
import dev.accolade.application.content.Contents;
import dev.accolade.application.issuer.Issuers;
import dev.accolade.application.member.Members;
import dev.accolade.application.offer.Offers;
import dev.accolade.application.request.Requests;
import dev.accolade.application.session.Sessions;
import dev.accolade.application.template.Templates;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Builds the Achieve Mint dialect, handing each of its classes the use cases it calls and nothing more. */
public final class AchieveMintWiring {

    private AchieveMintWiring() {
    }

    /** The features the dialect's methods call. */
    public record Features(Sessions sessions, Members members, Issuers issuers, Templates templates,
            Categories categories, Awards awards, Achievements achievements, Offers offers, Requests requests,
            Contents contents) {
    }

    /** The dialect's routes over these features, reading bodies with this mapper and telling time by this clock. */
    public static AchieveMintRoutes routes(Features features, Tokens tokens, ObjectMapper mapper, Clock clock) {
        ContentInputs contents = new ContentInputs(features.contents());
        Map<String, AchieveMintMethod> methods = new HashMap<>();
        new AccountMethods(features.sessions(), features.members(), features.members(), features.members(), contents)
                .register(methods);
        new TemplateMethods(features.templates(), features.templates(), features.templates(), features.templates(),
                contents).register(methods);
        new AchievementMethods(features.awards(), features.achievements()).register(methods);
        new GrantMethods(features.awards(), features.awards(), features.offers(), features.offers(),
                features.offers(), features.offers()).register(methods);
        new RequestMethods(features.requests(), features.requests(), features.requests()).register(methods);
        new UtilityMethods(features.categories()).register(methods);
        return new AchieveMintRoutes(methods, new Accounts(tokens, features.issuers()),
                new ViewSource(features.templates(), features.categories(), features.members()), features.members(),
                features.contents(), mapper, clock);
    }
}
