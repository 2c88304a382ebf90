package dev.accolade.application.leaderboard;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;

/**
 * Read one subject's standing on an issuer's leaderboard.
 *
 * @param actor who asks; anyone may
 * @param issuer the issuer
 * @param period {@code all_time}, {@code day}, {@code week} or {@code month}
 * @param at which day, week or month, as an instant in it; empty for now
 * @param subject the subject's identity key
 * @param neighbours how many standings to give above it and below it, 0 to {@value #MAX_NEIGHBOURS}
 */
public record StandingQuery(@NotNull Actor actor, @NotNull IssuerId issuer, String period,
        @NotNull Optional<Instant> at, String subject, @Min(0) @Max(MAX_NEIGHBOURS) int neighbours) {

    /** The most neighbours given on each side. */
    public static final int MAX_NEIGHBOURS = 10;
    /** The neighbours given on each side when none are asked for. */
    public static final int DEFAULT_NEIGHBOURS = 2;
}
