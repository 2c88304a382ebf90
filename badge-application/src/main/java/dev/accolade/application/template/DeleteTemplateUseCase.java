package dev.accolade.application.template;

/** Deletes a template and, with it, its awards, offers, requests and ratings. */
public interface DeleteTemplateUseCase {

    /** Deletes it; {@code template_not_found} when it is not the actor's. */
    void deleteTemplate(TemplateCommand command);
}
