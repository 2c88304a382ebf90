package dev.accolade.application.template;

import dev.accolade.domain.template.Template;

/** Sends a draft or rejected template to moderation. */
public interface SubmitTemplateUseCase {

    /** The template pending review; {@code template_not_submittable} from another state. */
    Template submitTemplate(TemplateCommand command);
}
