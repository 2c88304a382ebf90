package dev.accolade.application.template;

import dev.accolade.application.port.in.ImageInput;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.template.TemplateDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes to some parts of a template's content; every part left null stays as it is, and so do its
 * rule, whether it is hidden and its points. Empty text
 * clears a description or a type.
 *
 * @param title a new title
 * @param description a new description
 * @param icon a new picture
 * @param categories new categories, replacing the current ones
 * @param dropAttachments whether the current attachments go
 * @param addedAttachments files added after the ones kept
 * @param type a new kind or level
 * @param criteria new criteria: what earns it
 */
public record TemplatePatch(@Size(max = TemplateDetails.MAX_TITLE_LENGTH) String title,
        @Size(max = TemplateDetails.MAX_DESCRIPTION_LENGTH) String description, @Valid ImageInput icon,
        @Size(max = TemplateDetails.MAX_CATEGORIES) List<@NotNull CategoryId> categories, boolean dropAttachments,
        @Size(max = TemplateDetails.MAX_ATTACHMENTS) List<@NotNull @Valid AttachmentInput> addedAttachments,
        @Size(max = TemplateDetails.MAX_TYPE_LENGTH) String type,
        @Size(max = TemplateDetails.MAX_CRITERIA_LENGTH) String criteria) {

    private static final String KEEP_TEXT = null;
    private static final ImageInput KEEP_ICON = null;
    private static final List<CategoryId> KEEP_CATEGORIES = null;
    private static final List<AttachmentInput> NO_FILES = null;

    /** A patch that changes nothing yet; the withers add changes. */
    public static TemplatePatch none() {
        return new TemplatePatch(KEEP_TEXT, KEEP_TEXT, KEEP_ICON, KEEP_CATEGORIES, false, NO_FILES, KEEP_TEXT,
                KEEP_TEXT);
    }

    /** This patch also renaming the template, or not when null. */
    public TemplatePatch title(String value) {
        return new TemplatePatch(value, description, icon, categories, dropAttachments, addedAttachments, type,
                criteria);
    }

    /** This patch also replacing the description, or not when null. */
    public TemplatePatch description(String value) {
        return new TemplatePatch(title, value, icon, categories, dropAttachments, addedAttachments, type,
                criteria);
    }

    /** This patch also replacing the picture, or not when null. */
    public TemplatePatch icon(ImageInput value) {
        return new TemplatePatch(title, description, value, categories, dropAttachments, addedAttachments, type,
                criteria);
    }

    /** This patch also replacing the categories, or not when null. */
    public TemplatePatch categories(List<CategoryId> value) {
        return new TemplatePatch(title, description, icon, value, dropAttachments, addedAttachments, type,
                criteria);
    }

    /** This patch also dropping the current attachments, or not. */
    public TemplatePatch dropAttachments(boolean value) {
        return new TemplatePatch(title, description, icon, categories, value, addedAttachments, type,
                criteria);
    }

    /** This patch also adding files after the attachments kept, or none when null. */
    public TemplatePatch addAttachments(List<AttachmentInput> value) {
        return new TemplatePatch(title, description, icon, categories, dropAttachments, value, type,
                criteria);
    }

    /** This patch also replacing the kind or level, or not when null. */
    public TemplatePatch type(String value) {
        return new TemplatePatch(title, description, icon, categories, dropAttachments, addedAttachments, value,
                criteria);
    }

    /** This patch also replacing the criteria, or not when null. */
    public TemplatePatch criteria(String value) {
        return new TemplatePatch(title, description, icon, categories, dropAttachments, addedAttachments, type,
                value);
    }

    /** The content after these changes to the current content, whose stored files and pictures are kept as they are. */
    TemplateInput appliedTo(TemplateDetails current) {
        List<AttachmentInput> attachments = new ArrayList<>();
        if (!dropAttachments) {
            current.attachments().stream().map(AttachmentInput::stored).forEach(attachments::add);
        }
        if (addedAttachments != null) {
            attachments.addAll(addedAttachments);
        }
        return new TemplateInput(title != null ? title : current.title(),
                description != null ? description : current.description(),
                icon != null ? icon : current.icon().map(ImageInput::stored).orElse(null),
                categories != null ? categories : current.categories(), attachments,
                criteria != null ? criteria : current.criteria(),
                type != null ? type : current.type().orElse(null), current.customFields().values(),
                current.featured(), current.repeatable(), current.acceptanceRequired(),
                current.rule().map(RuleInput::of).orElse(null), current.hidden(), current.points());
    }
}
