package dev.accolade.application.gameserver;

/** Awards announcements read from a server's log, each line once. */
public interface RecordAnnouncementsUseCase {

    /** How many lines were read, how many became awards and how many were duplicates. */
    IngestionResult recordAnnouncements(RecordAnnouncementsCommand command);
}
