package dev.accolade.adapter.in.rest.compat.achievemint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.application.content.FetchContentCommand;
import dev.accolade.application.content.FetchContentUseCase;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.ImageInput;
import dev.accolade.application.template.AttachmentInput;
import dev.accolade.domain.common.Content;
import java.util.Base64;

/**
 * Reads the specification's Image and File objects: base64 {@code data} goes to the application,
 * which checks and stores it; a {@code url} alone is downloaded through the outbound port first.
 */
final class ContentInputs {

    private final FetchContentUseCase fetcher;

    ContentInputs(FetchContentUseCase fetcher) {
        this.fetcher = fetcher;
    }

    /** An Image object as the application's input. */
    ImageInput image(JsonNode image, String name, Actor actor) {
        String format = field(image, "format", name);
        return new ImageInput(format, null, data(image, format, name, actor, Content.MAX_IMAGE_BYTES));
    }

    /** A File object as the application's input. */
    AttachmentInput file(JsonNode file, String name, Actor actor) {
        String format = field(file, "format", name);
        String fileName = field(file, "name", name);
        return new AttachmentInput(fileName, format, null, data(file, format, name, actor, Content.MAX_FILE_BYTES));
    }

    private String data(JsonNode object, String format, String name, Actor actor, int maxBytes) {
        JsonNode data = object.path("data");
        if (data.isTextual() && !data.asText().isBlank()) {
            return data.asText();
        }
        if (!data.isMissingNode() && !data.isNull()) {
            throw Parameters.malformed(name + ".data", "base64 text");
        }
        String url = field(object, "url", name + ".data or " + name);
        Content fetched = fetcher.fetchContent(new FetchContentCommand(actor, url, format, maxBytes));
        return Base64.getEncoder().encodeToString(fetched.bytes());
    }

    private static String field(JsonNode object, String field, String name) {
        JsonNode value = object.path(field);
        if (value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            throw Parameters.missing(name + "." + field);
        }
        if (!value.isTextual()) {
            throw Parameters.malformed(name + "." + field, "text");
        }
        return value.asText();
    }
}
