package dev.accolade.application.gameserver;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.gameserver.GameServerRepository;
import dev.accolade.application.port.out.gameserver.LoggedAchievementRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.EventRecording;
import dev.accolade.application.shared.Granting;
import dev.accolade.application.shared.PublicIds;
import dev.accolade.application.shared.Recipients;

/** Builds the game server feature's services over the ports and collaborators they use. */
public final class GameServerWiring {

    private GameServerWiring() {
    }

    /** The GameServers facade. */
    public static GameServers gameServers(TransactionPort transactions, IdGeneratorPort ids,
            GameServerRepository gameServers, LoggedAchievementRepository loggedAchievements, AwardRepository awards,
            ClockPort clock, TokenGeneratorPort tokens, CommandValidator validator, Access access,
            TemplateRepository templates) {
        return new GameServerService(transactions, ids, gameServers, loggedAchievements, awards, clock, tokens,
                validator, access, new ServerAccess(gameServers, access), templates);
    }

    /** The LogIngestion facade. */
    public static LogIngestion logIngestion(TransactionPort transactions, IdGeneratorPort ids, PublicIds publicIds,
            EventPublisherPort events, TemplateRepository templates, LoggedAchievementRepository loggedAchievements,
            ClockPort clock, CommandValidator validator, GameServerRepository gameServers, Access access,
            Recipients recipients, Granting granting, EventRecording recording) {
        return new LogIngestionService(transactions, ids, publicIds, events, templates, loggedAchievements, clock,
                validator,
                new ServerAccess(gameServers, access), recipients, granting, recording);
    }
}
