package dev.accolade.adapter.in.rest.template;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.FieldValue;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /v1/issuers/{issuer_id}/templates}.
 *
 * @param title the name, required
 * @param description the description
 * @param icon the picture
 * @param categories the ids of its categories
 * @param attachments the files
 * @param criteria what earns it
 * @param type a kind or level
 * @param customFields open-ended fields, any JSON object, kept exactly as given
 * @param featured whether it is highlighted
 * @param repeatable whether one recipient may receive it more than once
 * @param acceptanceRequired whether awards wait as offers for the recipient's acceptance
 * @param submitForReview whether to send it to moderation at once
 * @param rule how it awards itself from the issuer's events, if it does
 * @param hidden whether others see it as hidden until they hold it; null for false
 * @param points what each award adds to its recipient's score, 0 to 1,000,000; null for 0
 */
public record CreateTemplateRequest(String title, String description, ImageRequest icon, List<Long> categories,
        List<AttachmentRequest> attachments, String criteria, String type,
        @JsonDeserialize(using = CustomFieldsReader.class) Map<String, FieldValue> customFields, Boolean featured,
        Boolean repeatable, Boolean acceptanceRequired, Boolean submitForReview, RuleBody rule,
        Boolean hidden, Long points)
        implements TemplateBody {

    /** The command for this actor and issuer; a 400 when the title is absent. */
    public CreateTemplateCommand toCommand(Actor actor, IssuerId issuer) {
        return new CreateTemplateCommand(actor, issuer, toInput(), Boolean.TRUE.equals(submitForReview));
    }
}
