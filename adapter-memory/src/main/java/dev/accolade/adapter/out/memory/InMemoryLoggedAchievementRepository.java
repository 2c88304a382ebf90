package dev.accolade.adapter.out.memory;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.port.out.gameserver.LoggedAchievementQuery;
import dev.accolade.application.port.out.gameserver.LoggedAchievementRepository;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.gameserver.GameServerId;
import dev.accolade.domain.gameserver.LoggedAchievement;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Achievements read from servers' logs in memory; a line's fingerprint unique per server. */
final class InMemoryLoggedAchievementRepository implements LoggedAchievementRepository {

    private static final Unique<LoggedAchievement> LINE = new Unique<>("log_line_already_read",
            "The server's log line was read already.",
            achievement -> Optional.of(List.of(achievement.server(), achievement.fingerprint())));
    private static final SortKey<LoggedAchievement, Instant> BY_TIME = SortKey.byTime(LoggedAchievement::at,
            achievement -> achievement.award().value());

    private final InMemoryDatabase database;
    private final Table<AwardId, LoggedAchievement> table;

    InMemoryLoggedAchievementRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = Tables.byId(database, LoggedAchievement::award, List.of(LINE));
    }

    @Override
    public void insert(LoggedAchievement achievement) {
        database.write(() -> table.insert(achievement));
    }

    @Override
    public void insertAll(List<LoggedAchievement> achievements) {
        database.write(() -> achievements.forEach(table::insert));
    }

    @Override
    public Set<String> containedLines(GameServerId server, Collection<String> fingerprints) {
        return database.read(() -> fingerprints.stream()
                .filter(fingerprint -> table.findUnique(LINE, List.of(server, fingerprint)).isPresent())
                .collect(Collectors.toSet()));
    }

    @Override
    public boolean containsLine(GameServerId server, String fingerprint) {
        return database.read(() -> table.findUnique(LINE, List.of(server, fingerprint)).isPresent());
    }

    @Override
    public Optional<LoggedAchievement> findByAward(GameServerId server, AwardId award) {
        return database.read(() -> table.get(award).filter(achievement -> achievement.server().equals(server)));
    }

    @Override
    public Page<LoggedAchievement> find(LoggedAchievementQuery query, PageRequest page) {
        return database.read(() -> BY_TIME.page(table.rows().filter(achievement -> matches(query, achievement))
                .toList(), SortDirection.DESC, page));
    }

    private static boolean matches(LoggedAchievementQuery query, LoggedAchievement achievement) {
        return achievement.server().equals(query.server())
                && query.player().map(player -> player.equals(achievement.announcement().player())).orElse(true)
                && query.window().contains(achievement.at())
                && query.text().map(achievement::matches).orElse(true);
    }
}
