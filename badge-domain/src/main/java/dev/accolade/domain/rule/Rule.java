package dev.accolade.domain.rule;

/**
 * How a template awards itself: from the events of its issuer ({@link MetricRule}: threshold, streak) or from
 * holding other templates of the same issuer ({@link CompositeRule}).
 */
public sealed interface Rule permits MetricRule, CompositeRule {

    /** The rule's kind, as the API names it: {@code threshold}, {@code streak}, {@code all_of} or {@code any_of}. */
    String kind();

    /** The value a subject's progress must reach. */
    long target();

    /** The rule in a few words, kept as the source of the awards it makes, such as {@code threshold comments >= 25}. */
    String describe();
}
