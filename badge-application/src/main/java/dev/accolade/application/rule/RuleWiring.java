package dev.accolade.application.rule;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.rule.MetricCounterRepository;
import dev.accolade.application.port.out.rule.MetricEventRepository;
import dev.accolade.application.port.out.rule.RuleJobRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.EventRecording;
import dev.accolade.application.shared.HiddenTemplates;
import dev.accolade.application.shared.IssuerZones;
import dev.accolade.application.shared.Recipients;
import dev.accolade.application.shared.RuleAwarding;
import dev.accolade.application.shared.TemplateLookup;

/** Builds the rules feature's service over the ports and collaborators it uses. */
public final class RuleWiring {

    private RuleWiring() {
    }

    /** The Rules facade, recording events through the shared recording that log ingestion also uses. */
    public static Rules rules(TransactionPort transactions, MetricCounterRepository counters,
            MetricEventRepository events, RuleJobRepository jobs, TemplateRepository templates,
            AwardRepository awards, ClockPort clock, CommandValidator validator, Access access, TemplateLookup lookup,
            Recipients recipients, EventRecording recording, RuleAwarding awarding, IssuerZones zones) {
        RetroactiveAwarding retroactive = new RetroactiveAwarding(transactions, jobs, templates, counters, events,
                new CompositeHolders(awards, recipients), awarding, zones, clock);
        return new RuleService(transactions, counters, templates, awards, clock, validator, access, recipients,
                recording, new HiddenTemplates(access, awards), awarding, zones, jobs, lookup, retroactive);
    }
}
