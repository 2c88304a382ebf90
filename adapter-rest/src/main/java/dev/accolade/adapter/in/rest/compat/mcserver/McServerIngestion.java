package dev.accolade.adapter.in.rest.compat.mcserver;

import dev.accolade.application.gameserver.IngestionResult;

/**
 * What a batch of posted log lines did.
 *
 * @param linesRead how many lines were read
 * @param awards how many became new awards
 * @param duplicates how many announcements gave nothing new
 */
public record McServerIngestion(int linesRead, int awards, int duplicates) {

    /** The answer for a result. */
    static McServerIngestion from(IngestionResult result) {
        return new McServerIngestion(result.linesRead(), result.awards(), result.duplicates());
    }
}
