package dev.accolade.adapter.in.rest.rule;

import dev.accolade.application.rule.TemplateProgress;
import dev.accolade.domain.rule.MetricRule;

/**
 * A subject's progress towards one rule template.
 *
 * @param templateId the template
 * @param title its live title
 * @param kind its rule's kind: {@code threshold}, {@code streak}, {@code all_of} or {@code any_of}
 * @param metric the metric its rule looks at, {@code null} for a composite rule
 * @param value the subject's current value: its sum (within the window), the days or weeks of its streak still
 *     alive, or how many of the composite rule's templates it holds
 * @param target the value that earns the template
 * @param percent the share of the target reached, in whole percent, at most 100
 * @param held whether the subject holds the template
 */
public record ProgressResponse(long templateId, String title, String kind, String metric, long value, long target,
        int percent, boolean held) {

    /** The response for one template's progress: whole, or as hidden when the template is concealed. */
    public static Object of(TemplateProgress progress) {
        return progress.concealed() ? new HiddenProgressResponse(progress.template().value(), true,
                progress.progress().held()) : from(progress);
    }

    /**
     * A hidden template's entry in the progress of a subject who does not hold it: no title, rule or figures.
     *
     * @param templateId the template
     * @param hidden always {@code true}
     * @param held always {@code false}: a subject who holds it sees it whole
     */
    public record HiddenProgressResponse(long templateId, boolean hidden, boolean held) {
    }

    /** The whole response for one template's progress. */
    public static ProgressResponse from(TemplateProgress progress) {
        String metric = progress.rule() instanceof MetricRule ruled ? ruled.metric().name() : null;
        return new ProgressResponse(progress.template().value(), progress.title(), progress.rule().kind(), metric,
                progress.progress().value(), progress.progress().target(), progress.progress().percent(),
                progress.progress().held());
    }
}
