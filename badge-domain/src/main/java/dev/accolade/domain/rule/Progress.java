package dev.accolade.domain.rule;

/**
 * How far a subject is towards a rule's target.
 *
 * @param value the subject's current sum, never negative
 * @param target the rule's target, positive
 * @param held whether the subject holds the template
 */
public record Progress(long value, long target, boolean held) {

    /** Checks the numbers. */
    public Progress {
        if (value < 0 || target < 1) {
            throw new IllegalArgumentException("progress counts from zero towards a positive target");
        }
    }

    /** The share of the target reached, in whole percent, at most 100. */
    public int percent() {
        return value >= target ? 100 : (int) (value * 100 / target);
    }
}
