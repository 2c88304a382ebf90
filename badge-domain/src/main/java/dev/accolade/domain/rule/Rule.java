package dev.accolade.domain.rule;

/** How a template awards itself from the events of its issuer. */
public sealed interface Rule permits ThresholdRule {

    /** The metric whose events the rule looks at. */
    Metric metric();

    /** The value a subject must reach. */
    long target();

    /** The rule in a few words, kept as the source of the awards it makes, such as {@code comments >= 25}. */
    String describe();

    /** Whether a sum that went from {@code before} to {@code after} reached the target with this change. */
    default boolean crossedBy(long before, long after) {
        return before < target() && after >= target();
    }
}
