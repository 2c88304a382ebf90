package dev.accolade.application.catalog;

/**
 * The catalog feature, for services that name their badges by title: templates written and deleted
 * by name, published without moderation, and read whole.
 */
public interface TemplateCatalog extends UpsertTemplatesUseCase, DeleteTemplatesByNameUseCase, ListCatalogUseCase {
}
