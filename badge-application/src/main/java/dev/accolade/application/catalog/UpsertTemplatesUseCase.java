package dev.accolade.application.catalog;

import dev.accolade.domain.template.Template;
import java.util.List;

/**
 * Creates templates that do not exist and replaces the description and custom fields of those that
 * do, by title, all published at once; for services that manage badges by name without moderation.
 */
public interface UpsertTemplatesUseCase {

    /** The templates as they are now, in the order given. */
    List<Template> upsertTemplates(UpsertTemplatesCommand command);
}
