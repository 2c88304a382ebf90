package dev.accolade.application.catalog;

import dev.accolade.application.template.TemplateView;
import java.util.List;

/**
 * Reads an issuer's published templates with their figures, all of them in one unit of work, in the
 * order they were created: the catalog services that name their badges show whole.
 */
public interface ListCatalogUseCase {

    /** The most templates one catalog lists. */
    int MAX_TEMPLATES = 10_000;

    /** The live version of each published template, at most {@value #MAX_TEMPLATES}. */
    List<TemplateView> listCatalog(ListCatalogQuery query);
}
