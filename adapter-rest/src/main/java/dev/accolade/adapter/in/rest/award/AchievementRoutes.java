package dev.accolade.adapter.in.rest.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.adapter.in.rest.input.Paging;
import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.input.QueryParams;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.achievement.AchievementRole;
import dev.accolade.application.achievement.FindAchievementsQuery;
import dev.accolade.application.achievement.FindAchievementsUseCase;
import dev.accolade.application.achievement.SummarizeRecipientsQuery;
import dev.accolade.application.achievement.SummarizeRecipientsUseCase;
import dev.accolade.application.paging.AwardSort;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.Set;

/** The native API's achievement lists: what an identity received or gave, and an issuer's recipients. */
public final class AchievementRoutes {

    private static final String ACHIEVEMENTS = "/v1/achievements";
    private static final String RECIPIENTS = "/v1/issuers/{issuer_id}/recipients";

    private final FindAchievementsUseCase findAchievements;
    private final SummarizeRecipientsUseCase summarizeRecipients;
    private final CredentialUrls urls;
    private final Authenticator authenticator;

    /** Routes over these use cases. */
    public AchievementRoutes(FindAchievementsUseCase findAchievements, SummarizeRecipientsUseCase summarizeRecipients,
            CredentialUrls urls, Authenticator authenticator) {
        this.findAchievements = requireNonNull(findAchievements, "findAchievements");
        this.summarizeRecipients = requireNonNull(summarizeRecipients, "summarizeRecipients");
        this.urls = requireNonNull(urls, "urls");
        this.authenticator = requireNonNull(authenticator, "authenticator");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get(ACHIEVEMENTS, this::findAchievements);
        routes.get(RECIPIENTS, this::summarizeRecipients);
    }

    private void findAchievements(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        PageRequest page = Paging.of(ctx);
        Long issuer = QueryParams.id(ctx, "issuer");
        Set<CategoryId> categories = new LinkedHashSet<>();
        QueryParams.ids(ctx, "categories").forEach(id -> categories.add(new CategoryId(id)));
        FindAchievementsQuery query = FindAchievementsQuery.receivedBy(actor, owner(ctx), page)
                .inRole(QueryParams.enumOf(ctx, "role", AchievementRole.class))
                .ofIssuer(issuer == null ? null : new IssuerId(issuer)).inCategories(categories)
                .awardedWithin(QueryParams.window(ctx)).titled(QueryParams.titleSearch(ctx))
                .newOnly(QueryParams.flag(ctx, "new_only"))
                .sortedBy(QueryParams.enumOf(ctx, "sort", AwardSort.class),
                QueryParams.enumOf(ctx, "direction", SortDirection.class));
        Responses.page(ctx, findAchievements.findAchievements(query), page,
                view -> AwardResponse.from(view, urls));
    }

    private void summarizeRecipients(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        IssuerId issuer = new IssuerId(PathIds.of(ctx, "issuer_id"));
        SummarizeRecipientsQuery query = new SummarizeRecipientsQuery(actor, issuer,
                QueryParams.identities(ctx, "identity"));
        Responses.ok(ctx, RecipientSummaryResponse.from(summarizeRecipients.summarizeRecipients(query)));
    }

    /** The owner named by {@code recipient} (an identity key) or {@code member} (an id), or none. */
    private static Identity owner(Context ctx) {
        Identity recipient = QueryParams.identity(ctx, "recipient");
        Long member = QueryParams.id(ctx, "member");
        if (recipient != null && member != null) {
            throw RequestRejected.badRequest("parameter_invalid", "Give either recipient or member, not both.");
        }
        return member == null ? recipient : Identity.member(new MemberId(member));
    }
}
