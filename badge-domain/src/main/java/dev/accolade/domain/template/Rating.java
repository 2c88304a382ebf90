package dev.accolade.domain.template;

import dev.accolade.domain.common.Check;

/**
 * A score from 0.0 to 5.0, for a template's difficulty or credibility.
 *
 * @param value the score
 */
public record Rating(double value) {

    /** The lowest score. */
    public static final double MIN = 0.0;
    /** The highest score. */
    public static final double MAX = 5.0;

    /** Checks the range. */
    public Rating {
        Check.range(value, "rating", MIN, MAX);
    }

    /** A score for a named attribute, so that an error names it. */
    public static Rating of(double value, String attribute) {
        return new Rating(Check.range(value, attribute, MIN, MAX));
    }
}
