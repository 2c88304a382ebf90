package dev.accolade.adapter.in.rest.compat.acclaim;

import dev.accolade.application.port.in.ImageInput;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.application.template.TemplatePatch;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.FieldError;
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
        return new TemplateFields(TemplateInput.titled(name).describedAs(fields.optional("description").orElse(null))
                .withIcon(fields.optional("image_url").map(TemplateFields::image).orElse(null))
                .ofType(fields.optional("template_type").orElse(null)).needingAcceptance(true), activate(fields));
    }

    /**
     * The changes an update asks for: each attribute given replaces the current one, a {@code null}
     * description or type clears it; the rest stays, and so does the picture when {@code image_url} is the one the
     * template shows now (a client that sends back what it read).
     */
    static Changes forUpdate(AcclaimFields fields, String shownPicture) {
        TemplatePatch patch = TemplatePatch.none().title(fields.optional("name").orElse(null))
                .icon(fields.optional("image_url").filter(url -> !url.equals(shownPicture))
                        .map(TemplateFields::image).orElse(null));
        if (fields.has("description")) {
            patch = patch.description(fields.optional("description").orElse(""));
        }
        if (fields.has("template_type")) {
            patch = patch.type(fields.optional("template_type").orElse(""));
        }
        return new Changes(patch, activate(fields));
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

    /**
     * The changes to a template an update asks for.
     *
     * @param patch the changed attributes
     * @param activate whether the client asked for the {@code active} state
     */
    record Changes(TemplatePatch patch, boolean activate) {
    }

    private static DomainException invalidImage() {
        return DomainException.invalid(new FieldError("image_url", "image_url_invalid",
                "must be the URL of a .png, .jpg or .gif image"));
    }
}
