package dev.accolade.adapter.in.rest.rule;

import dev.accolade.application.rule.TemplateProgress;

/**
 * A subject's progress towards one rule template.
 *
 * @param templateId the template
 * @param title its live title
 * @param kind its rule's kind, {@code threshold}
 * @param metric the metric its rule sums
 * @param value the subject's current sum
 * @param target the sum that earns the template
 * @param percent the share of the target reached, in whole percent, at most 100
 * @param held whether the subject holds the template
 */
public record ProgressResponse(long templateId, String title, String kind, String metric, long value, long target,
        int percent, boolean held) {

    /** The response for one template's progress. */
    public static ProgressResponse from(TemplateProgress progress) {
        return new ProgressResponse(progress.template().value(), progress.title(), "threshold",
                progress.rule().metric().name(), progress.progress().value(), progress.progress().target(),
                progress.progress().percent(), progress.progress().held());
    }
}
