package dev.accolade.application.rule;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.Granting;
import dev.accolade.application.shared.Recipients;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.award.AwardTerms;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.MetricEvent;
import dev.accolade.domain.rule.Rule;
import dev.accolade.domain.template.Template;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the rules one batch of events may meet, inside the batch's unit of work: only the templates whose
 * live rule is on an event's metric are looked at (found once per metric per batch), and a subject whose sum
 * reached a rule's target with this event is given the template through {@link Granting}, as every award is.
 */
final class RuleEvaluation {

    private final TemplateRepository templates;
    private final Recipients recipients;
    private final Granting granting;
    private final ClockPort clock;
    private final Map<Metric, List<Template>> ruledByMetric = new HashMap<>();

    RuleEvaluation(TemplateRepository templates, Recipients recipients, Granting granting, ClockPort clock) {
        this.templates = requireNonNull(templates, "templates");
        this.recipients = requireNonNull(recipients, "recipients");
        this.granting = requireNonNull(granting, "granting");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * The awards made because an event took its subject's sum from {@code before} to {@code after}: one per
     * template whose rule the change crossed, unless the subject already holds a template given once.
     */
    List<Award> evaluate(MetricEvent event, long before, long after) {
        List<Template> candidates = ruledByMetric.computeIfAbsent(event.metric(),
                metric -> templates.findByLiveRule(event.issuer(), metric));
        return candidates.stream().map(template -> crossed(template, event, before, after))
                .flatMap(Optional::stream).toList();
    }

    private Optional<Award> crossed(Template template, MetricEvent event, long before, long after) {
        Rule rule = template.awardable().details().rule().orElseThrow();
        if (!rule.crossedBy(before, after)) {
            return Optional.empty();
        }
        Grant grant = Grant.of(AwardTerms.of(template), event.subject());
        AwardOutcome outcome = template.awardable().details().acceptanceRequired()
                ? granting.awardOrOffer(template, grant, Optional.empty())
                : granting.award(grant.heldBy(recipients.holderOf(event.subject())),
                        new AwardSource.FromRule(rule.describe()), clock.now());
        return outcome instanceof AwardOutcome.Awarded awarded ? Optional.of(awarded.award()) : Optional.empty();
    }
}
