package dev.accolade.application.catalog;

import dev.accolade.domain.template.Template;
import java.util.List;

/** Deletes an issuer's templates by title, removing them from every recipient; unknown titles are skipped. */
public interface DeleteTemplatesByNameUseCase {

    /** The templates that were deleted. */
    List<Template> deleteTemplatesByName(DeleteTemplatesByNameCommand command);
}
