package dev.accolade.adapter.in.rest.template;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.application.template.AttachmentInput;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.template.FieldValue;
import java.util.List;
import java.util.Map;

/**
 * The content attributes a template's create and update bodies share, and how they become the use
 * cases' {@link TemplateInput}. Only an absent title is refused here (a 400); every other rule is the
 * use cases' (a 422).
 */
public interface TemplateBody {

    /** The title. */
    String title();

    /** The description, or null. */
    String description();

    /** The icon, or null. */
    ImageRequest icon();

    /** The category ids, or null. */
    List<Long> categories();

    /** The attachments, or null. */
    List<AttachmentRequest> attachments();

    /** The criteria, or null. */
    String criteria();

    /** The type, or null. */
    String type();

    /** The custom fields in the order given, or null. */
    Map<String, FieldValue> customFields();

    /** Whether it is featured; null for false. */
    Boolean featured();

    /** Whether it may be awarded more than once to one recipient; null for false. */
    Boolean repeatable();

    /** Whether awards wait for the recipient's acceptance; null for false. */
    Boolean acceptanceRequired();

    /** The rule, or null. */
    RuleBody rule();

    /** Whether others see it as hidden until they hold it; null for false. */
    Boolean hidden();

    /** What each award adds to its recipient's score; null for 0. */
    Long points();

    /** The use cases' input; a 400 when the title is absent. */
    default TemplateInput toInput() {
        if (title() == null) {
            throw RequestRejected.missingParameter("title");
        }
        List<CategoryId> categoryIds = categories() == null ? null
                : categories().stream().map(id -> id == null ? null : new CategoryId(id)).toList();
        List<AttachmentInput> files = attachments() == null ? null
                : attachments().stream().map(file -> file == null ? null : file.toInput()).toList();
        return new TemplateInput(title(), description(), icon() == null ? null : icon().toInput(), categoryIds,
                files, criteria(), type(), customFields(), Boolean.TRUE.equals(featured()),
                Boolean.TRUE.equals(repeatable()), Boolean.TRUE.equals(acceptanceRequired()),
                rule() == null ? null : rule().toInput(), Boolean.TRUE.equals(hidden()),
                points() == null ? 0 : points());
    }
}
