package dev.accolade.application.gameserver;

/**
 * What reading a batch of log lines did.
 *
 * @param linesRead how many lines were read
 * @param awards how many announcements became new awards
 * @param duplicates how many announcements gave nothing new: the line was read before, or the player
 *     already holds the achievement
 */
public record IngestionResult(int linesRead, int awards, int duplicates) {

    /** Nothing read yet. */
    public static final IngestionResult NONE = new IngestionResult(0, 0, 0);

    /** Checks the counts are not negative. */
    public IngestionResult {
        if (linesRead < 0 || awards < 0 || duplicates < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    /** This result and another, added up. */
    public IngestionResult plus(IngestionResult other) {
        return new IngestionResult(linesRead + other.linesRead, awards + other.awards,
                duplicates + other.duplicates);
    }
}
