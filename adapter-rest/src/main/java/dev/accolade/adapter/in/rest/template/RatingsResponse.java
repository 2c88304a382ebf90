package dev.accolade.adapter.in.rest.template;

import dev.accolade.domain.template.RatingSummary;

/**
 * A template's average ratings.
 *
 * @param count how many members rated it
 * @param difficulty the average difficulty, 0.0 to 5.0 to one decimal, 0.0 when unrated
 * @param credibility the average credibility, 0.0 to 5.0 to one decimal, 0.0 when unrated
 */
public record RatingsResponse(int count, double difficulty, double credibility) {

    /** The response for a summary. */
    public static RatingsResponse from(RatingSummary summary) {
        return new RatingsResponse(summary.count(), summary.difficulty(), summary.credibility());
    }
}
