package dev.accolade.application.rule;

/** A template's live rule and where its retroactive awarding stands. */
public interface GetRuleUseCase {

    /** The rule and its job, for the template's issuer side; another caller gets {@code template_not_found}. */
    RuleStatus getRule(RuleQuery query);
}
