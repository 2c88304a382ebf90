package dev.accolade.application.template;

/** Reads a template: a published one is public, an unpublished one its issuer's only. */
public interface GetTemplateUseCase {

    /** The template with its figures, or {@code template_not_found}. */
    TemplateView getTemplate(TemplateCommand query);
}
