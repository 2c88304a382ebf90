package dev.accolade.application.moderation;

import dev.accolade.application.template.TemplateCommand;
import dev.accolade.domain.template.Template;

/** Approves a template pending review, making that version live; the operator moderates. */
public interface ApproveTemplateUseCase {

    /** The published template; {@code template_not_pending_review} from another state. */
    Template approveTemplate(TemplateCommand command);
}
