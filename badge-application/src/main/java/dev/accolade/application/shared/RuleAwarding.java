package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.rule.RuleAwardRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.award.AwardTerms;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.rule.CompositeRule;
import dev.accolade.domain.rule.Progress;
import dev.accolade.domain.rule.Rule;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.webhook.WebhookEndpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives a template to a subject its live rule found qualified, once per template and subject ever, through
 * {@link Granting} like every award (an offer when the template needs acceptance); then the composite rules that
 * holding it completes, transitively, telling {@code progress.updated} subscribers the progress on those it counts
 * towards but does not complete.
 */
public final class RuleAwarding {

    private final RuleAwardRepository ruleAwards;
    private final TemplateRepository templates;
    private final AwardRepository awards;
    private final Recipients recipients;
    private final Granting granting;
    private final ClockPort clock;
    private final ProgressNotices notices;

    /**
     * Awards through {@code granting}, recording each rule's subjects in {@code ruleAwards}, and tells composite
     * progress through {@code notices}.
     */
    public RuleAwarding(RuleAwardRepository ruleAwards, TemplateRepository templates, AwardRepository awards,
            Recipients recipients, Granting granting, ClockPort clock, ProgressNotices notices) {
        this.ruleAwards = requireNonNull(ruleAwards, "ruleAwards");
        this.templates = requireNonNull(templates, "templates");
        this.awards = requireNonNull(awards, "awards");
        this.recipients = requireNonNull(recipients, "recipients");
        this.granting = requireNonNull(granting, "granting");
        this.clock = requireNonNull(clock, "clock");
        this.notices = requireNonNull(notices, "notices");
    }

    /**
     * Awards the template's live rule to a subject that qualified at {@code qualifiedAt}, unless the rule did so
     * before: the awards made, this one and those of the composite rules it completes (possibly none: an offer,
     * or a subject who already holds a non-repeatable template).
     *
     * @param awardedAt when the award is dated: now, or when the subject qualified for a retroactive award
     */
    public List<Award> award(Template template, Identity subject, Instant qualifiedAt, Instant awardedAt) {
        return awardOnce(template, subject, qualifiedAt, awardedAt).orElse(List.of());
    }

    /**
     * Like {@link #award}, but empty when the rule awarded the subject before, and the awards made (possibly none)
     * when it gives the template now.
     */
    public Optional<List<Award>> awardOnce(Template template, Identity subject, Instant qualifiedAt,
            Instant awardedAt) {
        if (!ruleAwards.insertIfNew(template.id(), subject, qualifiedAt, clock.now())) {
            return Optional.empty();
        }
        Rule rule = template.awardable().details().rule().orElseThrow();
        Grant grant = Grant.of(AwardTerms.of(template), subject);
        AwardOutcome outcome = template.awardable().details().acceptanceRequired()
                ? granting.awardOrOffer(template, grant, Optional.empty())
                : granting.award(grant.heldBy(recipients.holderOf(subject)), new AwardSource.FromRule(rule.describe()),
                        awardedAt);
        if (!(outcome instanceof AwardOutcome.Awarded awarded)) {
            return Optional.of(List.of());
        }
        List<Award> made = new ArrayList<>();
        made.add(awarded.award());
        made.addAll(completedBy(awarded.award()));
        return Optional.of(made);
    }

    /**
     * Awards the composite rules that holding this award's template completes for its recipient (each looked up
     * by the template it names, never by scanning), and those they complete in turn: the awards made. A composite
     * it counts towards without completing tells its {@code progress.updated} subscribers the subject's progress
     * (templates held of those needed), unless the rule awarded the subject before; the issuer's subscribers are
     * looked up only then, once.
     */
    public List<Award> completedBy(Award award) {
        Identity subject = award.grant().recipient();
        List<Template> dependents = templates.findByLiveDependency(award.grant().template());
        if (dependents.isEmpty()) {
            return List.of();
        }
        Optional<MemberId> holder = recipients.holderOf(subject);
        List<Award> made = new ArrayList<>();
        List<WebhookEndpoint> watchers = null;
        for (Template dependent : dependents) {
            if (!(dependent.awardable().details().rule().orElseThrow() instanceof CompositeRule composite)) {
                continue;
            }
            long held = heldCount(composite, subject, holder);
            if (composite.metBy(held)) {
                Instant now = clock.now();
                made.addAll(award(dependent, subject, now, now));
                continue;
            }
            watchers = watchers == null ? notices.subscribers(award.issuer()) : watchers;
            if (!watchers.isEmpty() && !awardedBefore(dependent.id(), subject)) {
                notices.send(watchers, dependent, subject, new Progress(held, composite.target(), false));
            }
        }
        return made;
    }

    /** Whether the template's rule awarded the subject before. */
    public boolean awardedBefore(TemplateId template, Identity subject) {
        return ruleAwards.qualifiedAt(template, subject).isPresent();
    }

    /** How many of the composite rule's templates the subject holds now. */
    public long heldCount(CompositeRule rule, Identity subject, Optional<MemberId> holder) {
        return rule.templates().stream().filter(id -> awards.findActive(id, subject, holder).isPresent()).count();
    }
}
