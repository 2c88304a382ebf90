package dev.accolade.application.template;

import dev.accolade.application.paging.Page;

/** Lists templates by category and status, sorted and keyset-paged. */
public interface FindTemplatesUseCase {

    /** One page of templates with their figures. */
    Page<TemplateView> findTemplates(FindTemplatesQuery query);
}
