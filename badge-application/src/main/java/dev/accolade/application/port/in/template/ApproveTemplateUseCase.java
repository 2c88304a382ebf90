package dev.accolade.application.port.in.template;

import dev.accolade.domain.template.Template;

/** Approves a template pending review, making that version live; the operator moderates. */
public interface ApproveTemplateUseCase {

    /** The published template; {@code template_not_pending_review} from another state. */
    Template approveTemplate(TemplateCommand command);
}
