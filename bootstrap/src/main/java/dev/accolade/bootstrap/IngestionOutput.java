package dev.accolade.bootstrap;

import dev.accolade.application.gameserver.IngestionResult;

/**
 * What ingesting a log file did, as the ingest command prints it.
 *
 * @param file the file
 * @param linesRead how many lines were read
 * @param awards how many became new awards
 * @param duplicates how many announcements gave nothing new
 */
public record IngestionOutput(String file, int linesRead, int awards, int duplicates) {

    /** The printed form of a file's result. */
    public static IngestionOutput of(String file, IngestionResult result) {
        return new IngestionOutput(file, result.linesRead(), result.awards(), result.duplicates());
    }
}
