package dev.accolade.domain.rule;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.Optional;

/**
 * The retroactive awarding of a template's live rule: the job that walks every subject with history on the rule's
 * metric, in order of identity key, and awards those who already meet it. Kept after each page of subjects, so
 * that it resumes where it stopped; claimed for a while by the instance running it.
 *
 * @param template the template whose rule it applies
 * @param issuer the template's issuer
 * @param rule the rule it applies, as {@link Rule#describe()} words it: a job for another rule is stale
 * @param after the identity key of the last subject examined, empty before the first
 * @param examined how many subjects it examined
 * @param awarded how many of them it awarded (or offered the template to)
 * @param startedAt when the rule went live and the job was scheduled
 * @param finishedAt when it examined the last subject
 * @param claimedUntil until when an instance running it holds it
 */
public record RuleJob(TemplateId template, IssuerId issuer, String rule, Optional<String> after, long examined,
        long awarded, Instant startedAt, Optional<Instant> finishedAt, Optional<Instant> claimedUntil) {

    /** Checks every part is present and the counts are not negative. */
    public RuleJob {
        requireNonNull(template, "template");
        requireNonNull(issuer, "issuer");
        requireNonNull(rule, "rule");
        requireNonNull(after, "after");
        requireNonNull(startedAt, "startedAt");
        requireNonNull(finishedAt, "finishedAt");
        requireNonNull(claimedUntil, "claimedUntil");
        if (examined < 0 || awarded < 0 || awarded > examined) {
            throw new IllegalArgumentException("a job awards at most the subjects it examined");
        }
    }

    /** A new job for a rule that went live at {@code now}. */
    public static RuleJob start(TemplateId template, IssuerId issuer, Rule rule, Instant now) {
        return new RuleJob(template, issuer, rule.describe(), Optional.empty(), 0, 0, now, Optional.empty(),
                Optional.empty());
    }

    /** Whether subjects remain to be examined. */
    public boolean open() {
        return finishedAt.isEmpty();
    }

    /** Whether an instance may claim it at {@code now}: open, and no claim or an expired one. */
    public boolean claimableAt(Instant now) {
        return open() && claimedUntil.map(until -> until.isBefore(now)).orElse(true);
    }

    /** The job held by an instance until {@code until}. */
    public RuleJob claimedUntil(Instant until) {
        return new RuleJob(template, issuer, rule, after, examined, awarded, startedAt, finishedAt,
                Optional.of(until));
    }

    /** The job let go by the instance that held it, for any instance to claim. */
    public RuleJob released() {
        return new RuleJob(template, issuer, rule, after, examined, awarded, startedAt, finishedAt, Optional.empty());
    }

    /** The job after a page of subjects, the last of which was {@code last}. */
    public RuleJob advanced(String last, long examinedMore, long awardedMore) {
        return new RuleJob(template, issuer, rule, Optional.of(last), examined + examinedMore, awarded + awardedMore,
                startedAt, finishedAt, claimedUntil);
    }

    /** The job done at {@code at}, its claim released. */
    public RuleJob finished(Instant at) {
        return new RuleJob(template, issuer, rule, after, examined, awarded, startedAt, Optional.of(at),
                Optional.empty());
    }
}
