package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.paging.Page;
import dev.accolade.application.port.in.gameserver.FindLoggedAchievementsQuery;
import dev.accolade.application.port.in.gameserver.FindLoggedAchievementsUseCase;
import dev.accolade.application.port.in.gameserver.GetLoggedAchievementUseCase;
import dev.accolade.application.port.in.gameserver.LoggedAchievementReference;
import dev.accolade.application.port.in.gameserver.LoggedAchievementView;
import dev.accolade.application.port.out.LoggedAchievementQuery;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.gameserver.LoggedAchievement;

/** Reads the achievements servers' logs gave, each with the member who holds it once the player is claimed. */
public final class LoggedAchievementQueryService implements FindLoggedAchievementsUseCase,
        GetLoggedAchievementUseCase {

    private final StorePorts store;
    private final CommandValidator validator;
    private final ServerAccess servers;

    LoggedAchievementQueryService(StorePorts store, CommandValidator validator, ServerAccess servers) {
        this.store = requireNonNull(store, "store");
        this.validator = requireNonNull(validator, "validator");
        this.servers = requireNonNull(servers, "servers");
    }

    @Override
    public Page<LoggedAchievementView> findLoggedAchievements(FindLoggedAchievementsQuery query) {
        validator.validate(query);
        return store.transactions().readOnly(() -> {
            GameServer server = servers.readable(query.actor(), query.server());
            Page<LoggedAchievement> page = store.loggedAchievements().find(new LoggedAchievementQuery(server.id(),
                    query.player(), query.window(), query.text()), query.page());
            return page.map(achievement -> view(server, achievement));
        });
    }

    @Override
    public LoggedAchievementView getLoggedAchievement(LoggedAchievementReference reference) {
        validator.validate(reference);
        return store.transactions().readOnly(() -> {
            GameServer server = servers.readable(reference.actor(), reference.server());
            return store.loggedAchievements().findByAward(server.id(), reference.award())
                    .map(achievement -> view(server, achievement))
                    .orElseThrow(() -> DomainException.notFound("achievement_not_found",
                            "The server has no such achievement."));
        });
    }

    private LoggedAchievementView view(GameServer server, LoggedAchievement achievement) {
        return new LoggedAchievementView(server, achievement,
                store.awards().findById(achievement.award()).flatMap(Award::holder));
    }
}
