package dev.accolade.adapter.in.rest.compat.acclaim;

import dev.accolade.application.port.in.ImageInput;
import dev.accolade.application.template.AttachmentInput;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.domain.common.ImageRef;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.FieldError;
import dev.accolade.domain.template.TemplateDetails;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A badge template's attributes as an Acclaim client gives them: {@code name}, {@code description},
 * {@code template_type}, {@code image_url} and {@code state} ({@code draft}, or {@code active} to send
 * it to moderation). Templates made through this dialect need the recipient's acceptance, as
 * Acclaim's issued badges do.
 *
 * @param input the content
 * @param activate whether the client asked for the {@code active} state
 */
record TemplateFields(TemplateInput input, boolean activate) {

    /** The content of a new template; {@code name} is required. */
    static TemplateFields forCreation(AcclaimFields fields) {
        String name = fields.required("name");
        return new TemplateFields(new TemplateInput(name, fields.optional("description").orElse(null),
                fields.optional("image_url").map(TemplateFields::image).orElse(null), null, null, null,
                fields.optional("template_type").orElse(null), null, false, false, true), activate(fields));
    }

    /** The content of a template after an update: each attribute given replaces the current one. */
    static TemplateFields forUpdate(AcclaimFields fields, TemplateDetails current) {
        ImageInput icon = fields.optional("image_url").map(TemplateFields::image)
                .orElse(current.icon().map(TemplateFields::image).orElse(null));
        TemplateInput input = new TemplateInput(fields.optional("name").orElse(current.title()),
                fields.has("description") ? fields.optional("description").orElse(null) : current.description(),
                icon, current.categories(),
                current.attachments().stream().map(file -> new AttachmentInput(file.name(),
                        file.format().wireName(), file.location().value())).toList(),
                current.criteria(),
                fields.has("template_type") ? fields.optional("template_type").orElse(null)
                        : current.type().orElse(null),
                current.customFields().values(), current.featured(), current.repeatable(),
                current.acceptanceRequired());
        return new TemplateFields(input, activate(fields));
    }

    private static boolean activate(AcclaimFields fields) {
        Optional<String> state = fields.optional("state");
        if (state.isEmpty() || state.get().equals(BadgeTemplateJson.DRAFT)) {
            return false;
        }
        if (state.get().equals(BadgeTemplateJson.ACTIVE)) {
            return true;
        }
        throw DomainException.invalid(new FieldError("state", "state_invalid", "is not included in the list"));
    }

    private static ImageInput image(String url) {
        String path;
        try {
            path = Optional.ofNullable(URI.create(url).getPath()).orElse("");
        } catch (IllegalArgumentException e) {
            throw invalidImage();
        }
        int dot = path.lastIndexOf('.');
        String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!extension.matches("png|jpg|jpeg|gif")) {
            throw invalidImage();
        }
        return new ImageInput(extension, url);
    }

    private static ImageInput image(ImageRef icon) {
        return new ImageInput(icon.format().wireName(), icon.location().value());
    }

    private static DomainException invalidImage() {
        return DomainException.invalid(new FieldError("image_url", "image_url_invalid",
                "must be the URL of a .png, .jpg or .gif image"));
    }
}
