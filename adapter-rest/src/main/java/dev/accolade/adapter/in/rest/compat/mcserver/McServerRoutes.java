package dev.accolade.adapter.in.rest.compat.mcserver;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.application.Accolade;
import dev.accolade.application.gameserver.FindLoggedAchievementsQuery;
import dev.accolade.application.gameserver.IngestLogLinesCommand;
import dev.accolade.application.gameserver.LoggedAchievementReference;
import dev.accolade.application.gameserver.LoggedAchievementView;
import dev.accolade.application.paging.Cursor;
import dev.accolade.application.paging.Page;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.gameserver.ServerKey;
import dev.accolade.domain.logline.PlayerName;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The mc-coal dialect's routes under {@code /compat/mcserver/api/v1/servers/{server_key}}: a
 * server's achievements, one achievement, a player's achievements, and the agent's log lines.
 * Authenticated with an issuer's API key or a member's token as Bearer; failures answered by
 * {@link McServerErrors}.
 */
public final class McServerRoutes {

    /** Where the dialect is mounted. */
    public static final String BASE = "/compat/mcserver/api/v1";
    private static final String SERVER = BASE + "/servers/{server_key}";
    private static final String ACHIEVEMENTS = SERVER + "/achievements";
    private static final String ACHIEVEMENT = ACHIEVEMENTS + "/{key}";
    private static final String PLAYER_ACHIEVEMENTS = SERVER + "/players/{key_username}/achievements";
    private static final String LOG_LINES = SERVER + "/log_lines";

    private final Accolade accolade;
    private final Authenticator authenticator;
    private final ObjectMapper json;

    /** Routes over these use cases. */
    public McServerRoutes(Accolade accolade, Authenticator authenticator, ObjectMapper json) {
        this.accolade = requireNonNull(accolade, "accolade");
        this.authenticator = requireNonNull(authenticator, "authenticator");
        this.json = requireNonNull(json, "json");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get(ACHIEVEMENTS, McServerErrors.handled(ctx -> list(ctx, Optional.empty())));
        routes.get(ACHIEVEMENT, McServerErrors.handled(this::get));
        routes.get(PLAYER_ACHIEVEMENTS, McServerErrors.handled(ctx -> list(ctx,
                Optional.of(McServerKeys.playerOf(ctx.pathParam("key_username"))))));
        routes.post(LOG_LINES, McServerErrors.handled(this::postLogLines));
    }

    private void list(Context ctx, Optional<PlayerName> player) {
        Actor actor = authenticator.actorOf(ctx);
        ServerKey server = McServerKeys.server(ctx.pathParam("server_key"));
        McServerListParameters parameters = McServerListParameters.of(ctx);
        Page<LoggedAchievementView> page = accolade.gameServers()
                .findLoggedAchievements(new FindLoggedAchievementsQuery(actor,
                server, player, parameters.window(), parameters.text(), parameters.page()));
        ctx.json(new McServerAchievementList(page.items().stream().map(McServerAchievement::from).toList(),
                page.next().map(Cursor::encode).orElse(null)));
    }

    private void get(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        ServerKey server = McServerKeys.server(ctx.pathParam("server_key"));
        LoggedAchievementView view = accolade.gameServers().getLoggedAchievement(new LoggedAchievementReference(actor,
                server,
                McServerKeys.achievementOf(ctx.pathParam("key"))));
        ctx.json(McServerAchievement.from(view));
    }

    private void postLogLines(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        ServerKey server = McServerKeys.server(ctx.pathParam("server_key"));
        LocalDate date = Optional.ofNullable(ctx.queryParam("date")).filter(value -> !value.isBlank())
                .map(McServerRoutes::date).orElse(null);
        ctx.json(McServerIngestion.from(accolade.logIngestion().ingestLogLines(new IngestLogLinesCommand(actor, server,
                McServerLogLines.of(ctx, json), date))));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException unreadable) {
            throw DomainException.invalid("date_invalid", "The parameter date must be of the form YYYY-MM-DD.");
        }
    }
}
