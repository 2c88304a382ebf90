package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.application.port.out.gameserver.LoggedAchievementQuery;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.gameserver.GameServerId;
import dev.accolade.domain.gameserver.LoggedAchievement;
import dev.accolade.domain.gameserver.ServerKey;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.logline.Announcement;
import dev.accolade.domain.logline.AnnouncementKind;
import dev.accolade.domain.logline.LogLine;
import dev.accolade.domain.logline.PlayerName;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TitleSearch;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store promises about achievements read from logs: exact round trips, one line once per
 * server, and lists newest first filtered by player, time and a case-free search of name, message and player.
 */
public abstract class LoggedAchievementRepositoryContract extends StoreContract {

    private static final Comparator<LoggedAchievement> NEWEST_FIRST = Comparator.comparing(LoggedAchievement::at)
            .thenComparingLong(achievement -> achievement.award().value()).reversed();

    private Issuer issuer;
    private GameServer server;
    private GameServer other;

    @BeforeEach
    void aServer() {
        issuer = savedIssuer();
        server = server(issuer);
        other = server(issuer);
    }

    private GameServer server(Issuer owner) {
        GameServer made = GameServer.create(new GameServerId(TestData.nextId()), owner.id(), "Survival",
                new ServerKey("server" + TestData.nextId()), ZoneId.of("UTC"), at(0));
        write(() -> store.gameServers().insert(made));
        return made;
    }

    private LoggedAchievement logged(GameServer on, String player, AnnouncementKind kind, String title, Instant at) {
        Template template = savedTemplate(issuer.id());
        LogLine line = new LogLine("[" + at + "] [Server thread/INFO]: " + player + " " + kind.words() + " ["
                + title + "] #" + TestData.nextId());
        Award award = saved(ContractData.awardFrom(template, on.player(new PlayerName(player)),
                new AwardSource.FromLogLine(line), at));
        LoggedAchievement achievement = new LoggedAchievement(award.id(), on.id(),
                new Announcement(new PlayerName(player), kind, title), at, line, ContractData.plusMicros(at, 5));
        write(() -> store.loggedAchievements().insert(achievement));
        return achievement;
    }

    @Test
    void an_achievement_comes_back_equal_and_only_on_its_server() {
        LoggedAchievement achievement = logged(server, "gumptionthomas", AnnouncementKind.ACHIEVEMENT,
                "Taking Inventory", ContractData.plusMicros(at(10), 3));

        assertThat(read(() -> store.loggedAchievements().findByAward(server.id(), achievement.award())))
                .contains(achievement);
        assertThat(read(() -> store.loggedAchievements().findByAward(other.id(), achievement.award()))).isEmpty();
        assertThat(read(() -> store.loggedAchievements().containsLine(server.id(), achievement.fingerprint())))
                .isTrue();
        assertThat(read(() -> store.loggedAchievements().containsLine(other.id(), achievement.fingerprint())))
                .isFalse();
    }

    @Test
    void the_same_line_on_the_same_server_is_refused_with_log_line_already_read() {
        LoggedAchievement first = logged(server, "steve", AnnouncementKind.ADVANCEMENT, "Stone Age", at(10));
        Award second = saved(ContractData.awardFrom(savedTemplate(issuer.id()), server.player(new PlayerName("steve")),
                new AwardSource.FromLogLine(first.line()), at(10)));
        LoggedAchievement again = new LoggedAchievement(second.id(), server.id(), first.announcement(), first.at(),
                first.line(), at(11));

        assertThatThrownBy(() -> write(() -> store.loggedAchievements().insert(again)))
                .isInstanceOfSatisfying(UniqueConstraintViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("log_line_already_read"));
        assertThat(read(() -> store.loggedAchievements().findByAward(server.id(), second.id()))).isEmpty();
    }

    @Test
    void a_servers_achievements_are_listed_newest_first_with_ties_broken_by_award() {
        List<LoggedAchievement> mine = List.of(
                logged(server, "steve", AnnouncementKind.ACHIEVEMENT, "A", at(30)),
                logged(server, "alex", AnnouncementKind.GOAL, "B", at(10)),
                logged(server, "steve", AnnouncementKind.CHALLENGE, "C", at(30)),
                logged(server, "alex", AnnouncementKind.ADVANCEMENT, "D", ContractData.plusMicros(at(30), 1)),
                logged(server, "steve", AnnouncementKind.ACHIEVEMENT, "E", at(0)));
        logged(other, "steve", AnnouncementKind.ACHIEVEMENT, "F", at(20));

        assertPages(page -> store.loggedAchievements().find(LoggedAchievementQuery.all(server.id()), page),
                mine.stream().sorted(NEWEST_FIRST).toList());
    }

    @Test
    void filters_keep_to_one_player_a_half_open_window_and_a_search_of_name_message_and_player() {
        LoggedAchievement stevesEarly = logged(server, "Steve", AnnouncementKind.ACHIEVEMENT, "Taking Inventory",
                at(10));
        LoggedAchievement stevesLate = logged(server, "Steve", AnnouncementKind.ADVANCEMENT, "Hot Stuff", at(20));
        LoggedAchievement alexs = logged(server, "Alex_99", AnnouncementKind.GOAL, "Sky's the Limit", at(30));

        assertThat(find(new LoggedAchievementQuery(server.id(), Optional.of(new PlayerName("Steve")),
                TimeWindow.ALWAYS, Optional.empty()))).containsExactly(stevesLate, stevesEarly);
        assertThat(find(new LoggedAchievementQuery(server.id(), Optional.of(new PlayerName("steve")),
                TimeWindow.ALWAYS, Optional.empty()))).isEmpty();
        assertThat(find(new LoggedAchievementQuery(server.id(), Optional.empty(), TimeWindow.between(at(10), at(30)),
                Optional.empty()))).containsExactly(stevesLate, stevesEarly);
        assertThat(search("INVENTORY")).containsExactly(stevesEarly);
        assertThat(search("made the advancement")).containsExactly(stevesLate);
        assertThat(search("alex_")).containsExactly(alexs);
        assertThat(search("s")).containsExactly(alexs, stevesLate, stevesEarly);
        assertThat(search("100%")).isEmpty();
    }

    private List<LoggedAchievement> search(String text) {
        return find(new LoggedAchievementQuery(server.id(), Optional.empty(), TimeWindow.ALWAYS,
                Optional.of(new TitleSearch(text))));
    }

    private List<LoggedAchievement> find(LoggedAchievementQuery query) {
        return walk(PAGE_SIZES.get(PAGE_SIZES.size() - 1), page -> store.loggedAchievements().find(query, page));
    }
}
