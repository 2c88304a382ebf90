package dev.accolade.adapter.in.rest.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.error.RequestRejected;
import dev.accolade.adapter.in.rest.grant.AwardResponse;
import dev.accolade.adapter.in.rest.grant.OutcomeReplies;
import dev.accolade.adapter.in.rest.grant.QueryParams;
import dev.accolade.adapter.in.rest.request.JsonBodies;
import dev.accolade.adapter.in.rest.request.Paging;
import dev.accolade.adapter.in.rest.request.PathIds;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.Accolade;
import dev.accolade.application.achievement.AchievementRole;
import dev.accolade.application.achievement.FindAchievementsQuery;
import dev.accolade.application.achievement.SummarizeRecipientsQuery;
import dev.accolade.application.award.AwardReference;
import dev.accolade.application.paging.AwardSort;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.TemplateId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The native API's award routes: awarding a template, reading, viewing and revoking an award,
 * listing achievements, and summarising an issuer's recipients.
 */
public final class AwardRoutes {

    /** The header that makes an award idempotent. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final String TEMPLATE_AWARDS = "/v1/templates/{template_id}/awards";
    private static final String AWARD = OutcomeReplies.AWARDS + "/{id}";
    private static final String ACHIEVEMENTS = "/v1/achievements";
    private static final String RECIPIENTS = "/v1/issuers/{issuer_id}/recipients";

    private final Accolade accolade;
    private final Authenticator authenticator;
    private final JsonBodies bodies;
    private final OutcomeReplies outcomes;

    /** Routes over these use cases. */
    public AwardRoutes(Accolade accolade, Authenticator authenticator, JsonBodies bodies) {
        this.accolade = requireNonNull(accolade, "accolade");
        this.authenticator = requireNonNull(authenticator, "authenticator");
        this.bodies = requireNonNull(bodies, "bodies");
        this.outcomes = new OutcomeReplies(accolade.awards());
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.post(TEMPLATE_AWARDS, this::award);
        routes.get(AWARD, this::getAward);
        routes.post(AWARD + "/viewing", this::markViewed);
        routes.post(AWARD + "/revocation", this::revoke);
        routes.get(ACHIEVEMENTS, this::findAchievements);
        routes.get(RECIPIENTS, this::summarizeRecipients);
    }

    private void award(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        TemplateId template = new TemplateId(PathIds.of(ctx, "template_id"));
        AwardBody body = bodies.read(ctx, AwardBody.class);
        outcomes.reply(ctx, actor, accolade.awards().award(body.toCommand(actor, template,
                ctx.header(IDEMPOTENCY_KEY))));
    }

    private void getAward(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        Responses.ok(ctx, AwardResponse.from(accolade.awards().getAward(new AwardReference(actor, awardId(ctx)))));
    }

    private void markViewed(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        AwardReference reference = new AwardReference(actor, awardId(ctx));
        accolade.awards().markAwardViewed(reference);
        Responses.ok(ctx, AwardResponse.from(accolade.awards().getAward(reference)));
    }

    private void revoke(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        AwardId award = awardId(ctx);
        RevocationBody body = bodies.read(ctx, RevocationBody.class);
        accolade.awards().revokeAward(body.toCommand(actor, award));
        Responses.ok(ctx, AwardResponse.from(accolade.awards().getAward(new AwardReference(actor, award))));
    }

    private void findAchievements(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        PageRequest page = Paging.of(ctx);
        Long issuer = QueryParams.id(ctx, "issuer");
        Set<CategoryId> categories = new LinkedHashSet<>();
        QueryParams.ids(ctx, "categories").forEach(id -> categories.add(new CategoryId(id)));
        FindAchievementsQuery query = new FindAchievementsQuery(actor, owner(ctx),
                QueryParams.enumOf(ctx, "role", AchievementRole.class), issuer == null ? null : new IssuerId(issuer),
                categories, QueryParams.window(ctx), QueryParams.titleSearch(ctx), QueryParams.flag(ctx, "new_only"),
                QueryParams.enumOf(ctx, "sort", AwardSort.class),
                QueryParams.enumOf(ctx, "direction", SortDirection.class), page);
        Responses.page(ctx, accolade.achievements().findAchievements(query), page, AwardResponse::from);
    }

    private void summarizeRecipients(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        IssuerId issuer = new IssuerId(PathIds.of(ctx, "issuer_id"));
        SummarizeRecipientsQuery query = new SummarizeRecipientsQuery(actor, issuer,
                QueryParams.identities(ctx, "identity"));
        Responses.ok(ctx, RecipientSummaryResponse.from(accolade.achievements().summarizeRecipients(query)));
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

    private static AwardId awardId(Context ctx) {
        return new AwardId(PathIds.of(ctx, "id"));
    }
}
