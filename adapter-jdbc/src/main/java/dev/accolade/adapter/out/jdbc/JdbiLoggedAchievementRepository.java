package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.port.out.gameserver.LoggedAchievementQuery;
import dev.accolade.application.port.out.gameserver.LoggedAchievementRepository;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.gameserver.GameServerId;
import dev.accolade.domain.gameserver.LoggedAchievement;
import dev.accolade.domain.logline.Announcement;
import dev.accolade.domain.logline.AnnouncementKind;
import dev.accolade.domain.logline.LogLine;
import dev.accolade.domain.logline.PlayerName;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Achievements read from servers' logs in the {@code logged_achievement} table, keyed by their award. */
final class JdbiLoggedAchievementRepository implements LoggedAchievementRepository {

    private static final String COLUMNS = "award_id, server_id, player, kind, title, announced_at, line, read_at";
    private static final RowMapper<LoggedAchievement> ACHIEVEMENT = (row, context) -> new LoggedAchievement(
            new AwardId(row.getLong("award_id")), new GameServerId(row.getLong("server_id")),
            new Announcement(new PlayerName(row.getString("player")), AnnouncementKind.valueOf(row.getString("kind")),
                    row.getString("title")),
            Rows.instant(row, "announced_at"), new LogLine(row.getString("line")), Rows.instant(row, "read_at"));

    private final JdbiTransactions transactions;

    JdbiLoggedAchievementRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(LoggedAchievement achievement) {
        SqlErrors.guarded(() -> transactions.current().writing().createUpdate("INSERT INTO logged_achievement ("
                + COLUMNS + ", fingerprint, search_text) VALUES (:award, :server, :player, :kind, :title, :at, :line,"
                + " :read, :fingerprint, :search)")
                .bind("award", achievement.award().value()).bind("server", achievement.server().value())
                .bind("player", achievement.announcement().player().value())
                .bind("kind", achievement.announcement().kind().name())
                .bind("title", achievement.announcement().title()).bind("at", achievement.at())
                .bind("line", achievement.line().text()).bind("read", achievement.readAt())
                .bind("fingerprint", achievement.fingerprint()).bind("search", achievement.searchText()).execute());
    }

    @Override
    public boolean containsLine(GameServerId server, String fingerprint) {
        return transactions.current().reading().createQuery("SELECT COUNT(*) FROM logged_achievement"
                + " WHERE server_id = :server AND fingerprint = :fingerprint")
                .bind("server", server.value()).bind("fingerprint", fingerprint).mapTo(Long.class).one() > 0;
    }

    @Override
    public Optional<LoggedAchievement> findByAward(GameServerId server, AwardId award) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM logged_achievement"
                + " WHERE award_id = :award AND server_id = :server")
                .bind("award", award.value()).bind("server", server.value()).map(ACHIEVEMENT).findOne();
    }

    @Override
    public Page<LoggedAchievement> find(LoggedAchievementQuery query, PageRequest page) {
        Conditions where = new Conditions().add("server_id = :server", "server", query.server().value())
                .when(query.player(), "player = :player", "player", PlayerName::value)
                .within("announced_at", query.window())
                .when(query.text(), TitleLike.on("search_text"), TitleLike.PARAMETER, TitleLike::pattern);
        Keyset<Instant> keyset = Keyset.byTime("announced_at", "award_id", SortDirection.DESC, page);
        return keyset.page(transactions.current().reading(), COLUMNS, "logged_achievement", where, ACHIEVEMENT,
                LoggedAchievement::at, achievement -> achievement.award().value());
    }
}
