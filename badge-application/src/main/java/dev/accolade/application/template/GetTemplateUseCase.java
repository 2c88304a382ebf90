package dev.accolade.application.template;

/**
 * Reads a template: a published one is public, an unpublished one its issuer's only; a hidden one is concealed
 * from those who neither act for its issuer nor hold it.
 */
public interface GetTemplateUseCase {

    /** The template with its figures, or {@code template_not_found}. */
    TemplateView getTemplate(TemplateCommand query);
}
