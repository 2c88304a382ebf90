package dev.accolade.application.template;

import dev.accolade.domain.template.Template;

/**
 * Edits a template. A published one gets a new version that waits for review while the published
 * version stays live.
 */
public interface UpdateTemplateUseCase {

    /** The edited template. */
    Template updateTemplate(UpdateTemplateCommand command);
}
