package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.gameserver.IngestionResult;
import dev.accolade.application.gameserver.RecordAnnouncementsCommand;
import dev.accolade.application.gameserver.RecordAnnouncementsUseCase;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.logline.MinecraftLogReader;
import dev.accolade.domain.logline.ReadAnnouncement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one log file's lines in order, through one reader that keeps its place in time, and records
 * the announcements in batches, each one unit of work; keeps the running total.
 */
final class LogBatcher {

    /** The most announcements one batch records. */
    static final int BATCH = 500;
    /** The most lines read before the announcements among them are recorded, however few they are. */
    static final int LINES_PER_BATCH = 20_000;

    private final RecordAnnouncementsUseCase recorder;
    private final GameServer server;
    private final MinecraftLogReader reader;
    private final List<ReadAnnouncement> pending = new ArrayList<>();
    private int pendingLines;
    private IngestionResult total = IngestionResult.NONE;

    LogBatcher(RecordAnnouncementsUseCase recorder, GameServer server, LocalDate startDate) {
        this.recorder = requireNonNull(recorder, "recorder");
        this.server = requireNonNull(server, "server");
        this.reader = MinecraftLogReader.startingOn(startDate, server.zone());
    }

    /** Reads the next line of the file. */
    void add(String rawLine) {
        pendingLines++;
        reader.read(rawLine).ifPresent(pending::add);
        if (pending.size() >= BATCH || pendingLines >= LINES_PER_BATCH) {
            flush();
        }
    }

    /** Records what was read since the last batch. */
    void flush() {
        if (pendingLines == 0) {
            return;
        }
        total = total.plus(recorder.recordAnnouncements(new RecordAnnouncementsCommand(Actor.operator(),
                server.key(), List.copyOf(pending), pendingLines)));
        pending.clear();
        pendingLines = 0;
    }

    /** What the lines recorded so far did. */
    IngestionResult total() {
        return total;
    }
}
