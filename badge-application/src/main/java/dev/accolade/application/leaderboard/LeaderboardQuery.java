package dev.accolade.application.leaderboard;

import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;

/**
 * Read a page of an issuer's leaderboard.
 *
 * @param actor who asks; anyone may, and those who act for the issuer also see email identities
 * @param issuer the issuer
 * @param period {@code all_time}, {@code day}, {@code week} or {@code month}
 * @param at which day, week or month, as an instant in it (in the issuer's time zone); empty for now
 * @param page the page: after a cursor, how many
 */
public record LeaderboardQuery(@NotNull Actor actor, @NotNull IssuerId issuer, String period,
        @NotNull Optional<Instant> at, @NotNull PageRequest page) {
}
