package dev.accolade.application.gameserver;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.gameserver.ServerKey;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Read a batch of raw lines of a server's log, in file order, and award what the server announced.
 *
 * @param actor who asks: the server's issuer, its owner, or the operator
 * @param server the server's key
 * @param lines up to {@link #MAX_LINES} raw lines
 * @param startDate the date of the batch's first time-only line; {@code null} for the day of ingestion in
 *     the server's time zone (the day before, when the first line's time is still to come today)
 */
public record IngestLogLinesCommand(@NotNull Actor actor, @NotNull ServerKey server,
        @NotNull @Size(max = IngestLogLinesCommand.MAX_LINES) List<@NotNull String> lines, LocalDate startDate) {

    /** The most lines one batch takes. */
    public static final int MAX_LINES = 1000;
}
