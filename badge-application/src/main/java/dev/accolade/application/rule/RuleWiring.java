package dev.accolade.application.rule;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.rule.MetricCounterRepository;
import dev.accolade.application.port.out.rule.MetricEventRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.Granting;
import dev.accolade.application.shared.Recipients;

/** Builds the rules feature's service over the ports and collaborators it uses. */
public final class RuleWiring {

    private RuleWiring() {
    }

    /** The Rules facade. */
    public static Rules rules(TransactionPort transactions, MetricEventRepository events,
            MetricCounterRepository counters, TemplateRepository templates, AwardRepository awards, ClockPort clock,
            CommandValidator validator, Access access, Recipients recipients, Granting granting) {
        return new RuleService(transactions, events, counters, templates, awards, clock, validator, access,
                recipients, granting);
    }
}
