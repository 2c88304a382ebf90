package dev.accolade.application.port.out.gameserver;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.gameserver.GameServerId;
import dev.accolade.domain.gameserver.LoggedAchievement;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores the achievements read from servers' logs; a line's fingerprint is unique per server
 * ({@code log_line_already_read}).
 */
public interface LoggedAchievementRepository {

    /** Adds an achievement read from a line not read before. */
    void insert(LoggedAchievement achievement);

    /** Adds logged achievements as one batch. */
    void insertAll(List<LoggedAchievement> achievements);

    /** Which of these line fingerprints the server's log already gave an award for, one query. */
    Set<String> containedLines(GameServerId server, Collection<String> fingerprints);

    /** Whether the server's log line with this fingerprint was read already. */
    boolean containsLine(GameServerId server, String fingerprint);

    /** The achievement a server's log gave as this award. */
    Optional<LoggedAchievement> findByAward(GameServerId server, AwardId award);

    /** A page of a server's achievements that match the query, newest first (by time, then award id). */
    Page<LoggedAchievement> find(LoggedAchievementQuery query, PageRequest page);
}
