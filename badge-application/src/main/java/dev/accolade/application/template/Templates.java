package dev.accolade.application.template;

/**
 * The template feature, as an issuer authors and anyone reads templates: create, change (whole or in
 * part), submit for review, delete, read one and find many.
 */
public interface Templates extends CreateTemplateUseCase, UpdateTemplateUseCase, PatchTemplateUseCase,
        SubmitTemplateUseCase, DeleteTemplateUseCase, GetTemplateUseCase, FindTemplatesUseCase {
}
