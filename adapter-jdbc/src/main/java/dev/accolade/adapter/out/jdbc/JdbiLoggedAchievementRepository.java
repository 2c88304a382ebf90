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
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/** Achievements read from servers' logs in the {@code logged_achievement} table, keyed by their award. */
final class JdbiLoggedAchievementRepository implements LoggedAchievementRepository {

    private static final String COLUMNS = "award_id, server_id, player, kind, title, announced_at, line, read_at";
    /** The lines asked about, each looked up through the server's line key. */
    private static final KeyRows LINES = KeyRows.of("k", "fingerprint", "VARCHAR");
    private static final String INSERT = "INSERT INTO logged_achievement (" + COLUMNS + ", fingerprint, search_text)"
            + " VALUES (:award, :server, :player, :kind, :title, :at, :line, :read, :fingerprint, :search)";
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
        SqlErrors.guarded(() -> bound(transactions.current().writing().createUpdate(INSERT), achievement).execute());
    }

    @Override
    public void insertAll(List<LoggedAchievement> achievements) {
        if (achievements.isEmpty()) {
            return;
        }
        PreparedBatch batch = transactions.current().writing().prepareBatch(INSERT);
        achievements.forEach(achievement -> bound(batch, achievement).add());
        SqlErrors.guarded(() -> batch.execute());
    }

    @Override
    public Set<String> containedLines(GameServerId server, Collection<String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return Set.of();
        }
        List<String> wanted = fingerprints.stream().distinct().toList();
        return Set.copyOf(LINES.bind(transactions.current().reading().createQuery("SELECT l.fingerprint FROM "
                + LINES.table(wanted.size()) + " JOIN logged_achievement l ON l.server_id = :server"
                + " AND l.fingerprint = k.fingerprint").bind("server", server.value()),
                wanted.stream().map(List::of).toList()).mapTo(String.class).list());
    }

    private static <S extends SqlStatement<S>> S bound(S statement, LoggedAchievement achievement) {
        return statement.bind("award", achievement.award().value()).bind("server", achievement.server().value())
                .bind("player", achievement.announcement().player().value())
                .bind("kind", achievement.announcement().kind().name())
                .bind("title", achievement.announcement().title()).bind("at", achievement.at())
                .bind("line", achievement.line().text()).bind("read", achievement.readAt())
                .bind("fingerprint", achievement.fingerprint()).bind("search", achievement.searchText());
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
