package dev.accolade.domain.score;

/**
 * How rare a template is among its issuer's subjects (everyone with an event or an award from the issuer).
 *
 * @param holders how many subjects hold a live award of it
 * @param subjects how many subjects the issuer has
 */
public record Rarity(long holders, long subjects) {

    /** Nobody holds it, among nobody. */
    public static final Rarity NONE = new Rarity(0, 0);

    /** Checks both counts are not negative. */
    public Rarity {
        if (holders < 0 || subjects < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    /** The share of subjects who hold it, from 0 to 1 to four decimal places; 0 when the issuer has none. */
    public double share() {
        if (subjects == 0) {
            return 0;
        }
        return Math.round(Math.min(holders, subjects) * 10_000.0 / subjects) / 10_000.0;
    }
}
