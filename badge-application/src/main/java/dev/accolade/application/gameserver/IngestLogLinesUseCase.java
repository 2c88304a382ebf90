package dev.accolade.application.gameserver;

/** Awards what a batch of raw log lines announces, each line once. */
public interface IngestLogLinesUseCase {

    /** How many lines were read, how many became awards and how many were duplicates. */
    IngestionResult ingestLogLines(IngestLogLinesCommand command);
}
