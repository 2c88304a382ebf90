package dev.accolade.application.gameserver;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.gameserver.ServerKey;
import dev.accolade.domain.logline.ReadAnnouncement;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Award announcements already read from a server's log, placed in time by a reader that follows the
 * whole file, as the command-line ingester does.
 *
 * @param actor who asks: the server's issuer, its owner, or the operator
 * @param server the server's key
 * @param announcements up to {@link IngestLogLinesCommand#MAX_LINES} announcements, in file order
 * @param linesRead how many lines they were read from, reported back
 */
public record RecordAnnouncementsCommand(@NotNull Actor actor, @NotNull ServerKey server,
        @NotNull @Size(max = IngestLogLinesCommand.MAX_LINES) List<@NotNull ReadAnnouncement> announcements,
        @PositiveOrZero int linesRead) {
}
