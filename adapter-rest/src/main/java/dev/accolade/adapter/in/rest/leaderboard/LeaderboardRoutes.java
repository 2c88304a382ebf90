package dev.accolade.adapter.in.rest.leaderboard;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.adapter.in.rest.input.Instants;
import dev.accolade.adapter.in.rest.input.Paging;
import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.leaderboard.GetLeaderboardUseCase;
import dev.accolade.application.leaderboard.GetStandingUseCase;
import dev.accolade.application.leaderboard.LeaderboardQuery;
import dev.accolade.application.leaderboard.StandingQuery;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.common.Check;
import dev.accolade.domain.issuer.IssuerId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;

/**
 * The native API's leaderboard route: a page of an issuer's ranking for a period, or, with {@code subject},
 * that subject's standing and neighbours.
 */
public final class LeaderboardRoutes {

    private static final String LEADERBOARD = "/v1/issuers/{issuer_id}/leaderboard";

    private final GetLeaderboardUseCase getLeaderboard;
    private final GetStandingUseCase getStanding;
    private final Authenticator authenticator;

    /** Routes over these use cases. */
    public LeaderboardRoutes(GetLeaderboardUseCase getLeaderboard, GetStandingUseCase getStanding,
            Authenticator authenticator) {
        this.getLeaderboard = requireNonNull(getLeaderboard, "getLeaderboard");
        this.getStanding = requireNonNull(getStanding, "getStanding");
        this.authenticator = requireNonNull(authenticator, "authenticator");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get(LEADERBOARD, this::leaderboard);
    }

    private void leaderboard(Context ctx) {
        IssuerId issuer = new IssuerId(PathIds.of(ctx, "issuer_id"));
        String period = ctx.queryParam("period");
        Optional<Instant> at = at(ctx.queryParam("at"));
        String subject = ctx.queryParam("subject");
        if (subject != null) {
            int neighbours = neighbours(ctx.queryParam("neighbours"));
            Actor actor = authenticator.actorOf(ctx);
            Responses.ok(ctx, StandingResponse.from(getStanding.getStanding(new StandingQuery(actor, issuer, period,
                    at, subject, neighbours))));
            return;
        }
        PageRequest page = Paging.of(ctx);
        Actor actor = authenticator.actorOf(ctx);
        Responses.page(ctx, getLeaderboard.getLeaderboard(new LeaderboardQuery(actor, issuer, period, at, page)),
                page, LeaderboardEntryResponse::from);
    }

    /** The instant in {@code at}, or {@code at_invalid}; empty when absent. */
    private static Optional<Instant> at(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Check.instant(Instants.parse(text, "at"), "at"));
    }

    /** How many neighbours on each side, 0 to 10 (default 2), or a 400 {@code neighbours_invalid}. */
    private static int neighbours(String text) {
        if (text == null || text.isEmpty()) {
            return StandingQuery.DEFAULT_NEIGHBOURS;
        }
        if (text.length() > 2 || !text.chars().allMatch(Character::isDigit)
                || Integer.parseInt(text) > StandingQuery.MAX_NEIGHBOURS) {
            throw RequestRejected.badRequest("neighbours_invalid",
                    "The parameter neighbours must be a whole number from 0 to " + StandingQuery.MAX_NEIGHBOURS + ".");
        }
        return Integer.parseInt(text);
    }
}
