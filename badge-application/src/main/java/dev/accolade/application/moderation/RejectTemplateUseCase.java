package dev.accolade.application.moderation;

import dev.accolade.domain.template.Template;

/** Refuses a template pending review; a version already live stays live. */
public interface RejectTemplateUseCase {

    /** The rejected template. */
    Template rejectTemplate(RejectTemplateCommand command);
}
