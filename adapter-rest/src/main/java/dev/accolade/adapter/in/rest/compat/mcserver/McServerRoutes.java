package dev.accolade.adapter.in.rest.compat.mcserver;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.application.gameserver.FindLoggedAchievementsQuery;
import dev.accolade.application.gameserver.FindLoggedAchievementsUseCase;
import dev.accolade.application.gameserver.GetLoggedAchievementUseCase;
import dev.accolade.application.gameserver.IngestLogLinesCommand;
import dev.accolade.application.gameserver.IngestLogLinesUseCase;
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

    private final FindLoggedAchievementsUseCase findLoggedAchievements;
    private final GetLoggedAchievementUseCase getLoggedAchievement;
    private final IngestLogLinesUseCase ingestLogLines;
    private final Authenticator authenticator;
    private final ObjectMapper json;

    /** Routes over these use cases; {@link McServerDialect} answers their failures. */
    public McServerRoutes(FindLoggedAchievementsUseCase findLoggedAchievements,
            GetLoggedAchievementUseCase getLoggedAchievement, IngestLogLinesUseCase ingestLogLines,
            Authenticator authenticator, ObjectMapper json) {
        this.findLoggedAchievements = requireNonNull(findLoggedAchievements, "findLoggedAchievements");
        this.getLoggedAchievement = requireNonNull(getLoggedAchievement, "getLoggedAchievement");
        this.ingestLogLines = requireNonNull(ingestLogLines, "ingestLogLines");
        this.authenticator = requireNonNull(authenticator, "authenticator");
        this.json = requireNonNull(json, "json");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get(ACHIEVEMENTS, ctx -> list(ctx, Optional.empty()));
        routes.get(ACHIEVEMENT, this::get);
        routes.get(PLAYER_ACHIEVEMENTS, ctx -> list(ctx,
                Optional.of(McServerKeys.playerOf(ctx.pathParam("key_username")))));
        routes.post(LOG_LINES, this::postLogLines);
    }

    private void list(Context ctx, Optional<PlayerName> player) {
        Actor actor = authenticator.actorOf(ctx);
        ServerKey server = McServerKeys.server(ctx.pathParam("server_key"));
        McServerListParameters parameters = McServerListParameters.of(ctx);
        FindLoggedAchievementsQuery query = new FindLoggedAchievementsQuery(actor, server, player,
                parameters.window(), parameters.text(), parameters.page());
        Page<LoggedAchievementView> page = findLoggedAchievements.findLoggedAchievements(query);
        ctx.json(new McServerAchievementList(page.items().stream().map(McServerAchievement::from).toList(),
                page.next().map(Cursor::encode).orElse(null)));
    }

    private void get(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        ServerKey server = McServerKeys.server(ctx.pathParam("server_key"));
        LoggedAchievementView view = getLoggedAchievement.getLoggedAchievement(new LoggedAchievementReference(actor,
                server,
                McServerKeys.achievementOf(ctx.pathParam("key"))));
        ctx.json(McServerAchievement.from(view));
    }

    private void postLogLines(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        ServerKey server = McServerKeys.server(ctx.pathParam("server_key"));
        LocalDate date = Optional.ofNullable(ctx.queryParam("date")).filter(value -> !value.isBlank())
                .map(McServerRoutes::date).orElse(null);
        ctx.json(McServerIngestion.from(ingestLogLines.ingestLogLines(new IngestLogLinesCommand(actor, server,
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
