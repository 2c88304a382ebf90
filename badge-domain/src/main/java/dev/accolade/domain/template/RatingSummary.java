package dev.accolade.domain.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * A template's average scores, to one decimal, over all its ratings.
 *
 * @param count how many members rated it
 * @param difficulty the average difficulty, 0.0 when unrated
 * @param credibility the average credibility, 0.0 when unrated
 */
public record RatingSummary(int count, double difficulty, double credibility) {

    /** No ratings yet. */
    public static final RatingSummary NONE = new RatingSummary(0, 0.0, 0.0);

    /** Checks the count and the ranges. */
    public RatingSummary {
        if (count < 0) {
            throw new IllegalArgumentException("a count is zero or more");
        }
        new Rating(difficulty);
        new Rating(credibility);
    }

    /** The averages of these ratings. */
    public static RatingSummary of(Collection<TemplateRating> ratings) {
        return fromTotals(ratings.size(), ratings.stream().mapToDouble(r -> r.difficulty().value()).sum(),
                ratings.stream().mapToDouble(r -> r.credibility().value()).sum());
    }

    /** The averages from a count and the sums of the scores, as a store can compute them. */
    public static RatingSummary fromTotals(int count, double difficultyTotal, double credibilityTotal) {
        if (count == 0) {
            return NONE;
        }
        return new RatingSummary(count, oneDecimal(difficultyTotal / count), oneDecimal(credibilityTotal / count));
    }

    private static double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
