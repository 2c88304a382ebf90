package dev.accolade.adapter.in.rest.rule;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.rule.GetRuleUseCase;
import dev.accolade.application.rule.RuleQuery;
import dev.accolade.domain.template.TemplateId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The native API's rule route: a template's live rule and the state of its retroactive awarding. */
public final class RuleRoutes {

    private static final String RULE = "/v1/templates/{id}/rule";

    private final GetRuleUseCase getRule;
    private final Authenticator authenticator;

    /** Routes over this use case. */
    public RuleRoutes(GetRuleUseCase getRule, Authenticator authenticator) {
        this.getRule = requireNonNull(getRule, "getRule");
        this.authenticator = requireNonNull(authenticator, "authenticator");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get(RULE, this::rule);
    }

    private void rule(Context ctx) {
        RuleQuery query = new RuleQuery(authenticator.actorOf(ctx), new TemplateId(PathIds.of(ctx, "id")));
        Responses.ok(ctx, RuleStatusResponse.from(getRule.getRule(query)));
    }
}
