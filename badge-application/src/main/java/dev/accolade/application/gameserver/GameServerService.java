package dev.accolade.application.gameserver;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.paging.Page;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.gameserver.GameServerRepository;
import dev.accolade.application.port.out.gameserver.LoggedAchievementQuery;
import dev.accolade.application.port.out.gameserver.LoggedAchievementRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.HiddenTemplates;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.gameserver.GameServerId;
import dev.accolade.domain.gameserver.LoggedAchievement;
import dev.accolade.domain.gameserver.ServerKey;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.template.TemplateId;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Registers and finds issuers' game servers, and reads the achievements their logs announced. */
final class GameServerService implements GameServers {

    private final TransactionPort transactions;
    private final IdGeneratorPort ids;
    private final GameServerRepository gameServers;
    private final LoggedAchievementRepository loggedAchievements;
    private final AwardRepository awards;
    private final ClockPort clock;
    private final TokenGeneratorPort tokens;
    private final CommandValidator validator;
    private final Access access;
    private final ServerAccess servers;
    private final TemplateRepository templates;
    private final HiddenTemplates hidden;

    GameServerService(TransactionPort transactions, IdGeneratorPort ids, GameServerRepository gameServers,
            LoggedAchievementRepository loggedAchievements, AwardRepository awards, ClockPort clock,
            TokenGeneratorPort tokens, CommandValidator validator, Access access, ServerAccess servers,
            TemplateRepository templates) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.ids = requireNonNull(ids, "ids");
        this.gameServers = requireNonNull(gameServers, "gameServers");
        this.loggedAchievements = requireNonNull(loggedAchievements, "loggedAchievements");
        this.awards = requireNonNull(awards, "awards");
        this.clock = requireNonNull(clock, "clock");
        this.tokens = requireNonNull(tokens, "tokens");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.servers = requireNonNull(servers, "servers");
        this.templates = requireNonNull(templates, "templates");
        this.hidden = new HiddenTemplates(access, awards);
    }

    @Override
    public GameServer createGameServer(CreateGameServerCommand command) {
        validator.validate(command);
        ZoneId zone = GameServer.zoneNamed(command.timeZone());
        ServerKey key = new ServerKey(tokens.newToken(ServerKey.GENERATED_LENGTH).toLowerCase(Locale.ROOT));
        return transactions.inTransaction(() -> {
            Issuer issuer = access.issuerFor(command.actor(), command.issuer());
            GameServer server = GameServer.create(new GameServerId(ids.nextId()), issuer.id(),
                    command.name(), key, zone, clock.now());
            gameServers.insert(server);
            return server;
        });
    }

    @Override
    public List<GameServer> listGameServers(ListGameServersQuery query) {
        validator.validate(query);
        return transactions.readOnly(() -> {
            Issuer issuer = access.issuerFor(query.actor(), query.issuer());
            return gameServers.findByIssuer(issuer.id());
        });
    }

    @Override
    public GameServer getGameServer(GameServerQuery query) {
        validator.validate(query);
        return transactions.readOnly(() -> servers.readable(query.actor(), query.server()));
    }

    @Override
    public Page<LoggedAchievementView> findLoggedAchievements(FindLoggedAchievementsQuery query) {
        validator.validate(query);
        return transactions.readOnly(() -> {
            GameServer server = servers.readable(query.actor(), query.server());
            Page<LoggedAchievement> page = loggedAchievements.find(new LoggedAchievementQuery(server.id(),
                    query.player(), query.window(), query.text()), query.page());
            Map<TemplateId, Boolean> concealed = new HashMap<>();
            Page<LoggedAchievementView> views = page.map(achievement -> view(query.actor(), server, achievement,
                    concealed));
            if (query.text().isEmpty()) {
                return views;
            }
            return new Page<>(views.items().stream().filter(view -> !view.concealed()).toList(), views.next(),
                    views.total());
        });
    }

    @Override
    public LoggedAchievementView getLoggedAchievement(LoggedAchievementReference reference) {
        validator.validate(reference);
        return transactions.readOnly(() -> {
            GameServer server = servers.readable(reference.actor(), reference.server());
            return loggedAchievements.findByAward(server.id(), reference.award())
                    .map(achievement -> view(reference.actor(), server, achievement, new HashMap<>()))
                    .orElseThrow(() -> DomainException.notFound("achievement_not_found",
                            "The server has no such achievement."));
        });
    }

    /** The achievement with its holder; concealed when its template is hidden from the actor. */
    private LoggedAchievementView view(Actor actor, GameServer server, LoggedAchievement achievement,
            Map<TemplateId, Boolean> concealed) {
        Optional<Award> award = awards.findById(achievement.award());
        boolean hiddenFromActor = award.map(Award::template).map(id -> concealed.computeIfAbsent(id,
                template -> templates.findById(template).map(found -> found.publicView().orElse(found))
                        .map(found -> !hidden.shownWholeTo(actor, found)).orElse(false))).orElse(false);
        return new LoggedAchievementView(server, achievement, award.flatMap(Award::holder), hiddenFromActor);
    }
}
