package dev.accolade.application.template;

import dev.accolade.domain.template.Template;

/** Creates a template as a draft (published at once in the sandbox). */
public interface CreateTemplateUseCase {

    /** The new template; {@code template_title_taken} when the issuer has one with that title. */
    Template createTemplate(CreateTemplateCommand command);
}
