package dev.accolade.application.template;

import dev.accolade.domain.template.Template;

/** Changes parts of a template's content in one unit of work: the current content is read, changed and written. */
public interface PatchTemplateUseCase {

    /** The template after the change, as {@link UpdateTemplateUseCase} would leave it. */
    Template patchTemplate(PatchTemplateCommand command);
}
