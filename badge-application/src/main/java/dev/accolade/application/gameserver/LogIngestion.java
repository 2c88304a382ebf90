package dev.accolade.application.gameserver;

/** The log ingestion feature: a server's log lines, or its agent's announcements, turned into awards once each. */
public interface LogIngestion extends IngestLogLinesUseCase, RecordAnnouncementsUseCase {
}
