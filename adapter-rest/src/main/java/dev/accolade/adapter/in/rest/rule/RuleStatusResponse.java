package dev.accolade.adapter.in.rest.rule;

import dev.accolade.adapter.in.rest.template.RuleBody;
import dev.accolade.application.rule.RuleStatus;
import dev.accolade.domain.rule.RuleJob;
import java.time.Instant;

/**
 * A template's live rule and its retroactive job.
 *
 * @param templateId the template
 * @param rule its live rule, {@code null} when it has none
 * @param job its retroactive job, {@code null} when none was scheduled
 */
public record RuleStatusResponse(long templateId, RuleBody rule, Job job) {

    /** The response for a template's rule status. */
    public static RuleStatusResponse from(RuleStatus status) {
        return new RuleStatusResponse(status.template().value(), RuleBody.from(status.rule().orElse(null)),
                status.job().map(Job::from).orElse(null));
    }

    /**
     * Where a retroactive job stands.
     *
     * @param rule the rule it applies, in words
     * @param state {@code running} or {@code finished}
     * @param subjectsExamined how many subjects with history on the metric it examined
     * @param awarded how many of them it awarded (or offered the template to)
     * @param startedAt when the rule went live
     * @param finishedAt when it examined the last subject, {@code null} while running
     */
    public record Job(String rule, String state, long subjectsExamined, long awarded, String startedAt,
            String finishedAt) {

        static Job from(RuleJob job) {
            return new Job(job.rule(), job.open() ? "running" : "finished", job.examined(), job.awarded(),
                    job.startedAt().toString(), job.finishedAt().map(Instant::toString).orElse(null));
        }
    }
}
