package dev.accolade.application.template;

import dev.accolade.domain.common.AssetLocation;
import dev.accolade.domain.common.Attachment;
import dev.accolade.domain.common.Content;
import dev.accolade.domain.common.FileFormat;
import dev.accolade.domain.common.WebUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A file attached to a template, as a client names it: where it lives, or its content for the
 * server to store.
 *
 * @param name the file name
 * @param format the file format, such as {@code pdf} or {@code docx}
 * @param url where the file lives, or null when {@code data} is given
 * @param data the file's bytes in base64 (at most {@link Content#MAX_FILE_BYTES} once decoded), or null
 */
public record AttachmentInput(@NotBlank @Size(max = Attachment.MAX_NAME_LENGTH) String name,
        @NotBlank @Size(max = 10) String format, @Size(max = WebUrl.MAX_LENGTH) String url,
        @Size(max = MAX_DATA_LENGTH) String data) {

    /** The longest base64 text accepted: enough for the largest file, with line breaks. */
    public static final int MAX_DATA_LENGTH = Content.MAX_FILE_BYTES / 3 * 4 + 524_288;

    /** A file that lives at a URL. */
    public AttachmentInput(String name, String format, String url) {
        this(name, format, url, null);
    }

    /** A file already kept with a template, as it is. */
    public static AttachmentInput stored(Attachment file) {
        return new AttachmentInput(file.name(), file.format().wireName(), file.location().value());
    }

    /** Whether the file comes as content to store rather than as a URL. */
    public boolean hasData() {
        return data != null;
    }

    /** The decoded, checked content; {@code <attribute>_data_…} when it is not a file of its format. */
    public Content content(String attribute) {
        return Content.decode(FileFormat.parse(format), data, Content.MAX_FILE_BYTES, attribute + "_data");
    }

    /** The checked attachment, at its URL. */
    public Attachment toAttachment() {
        return new Attachment(name, FileFormat.parse(format), new AssetLocation(url));
    }

    /** The same file, stored at this location rather than given as content. */
    public AttachmentInput storedAt(AssetLocation location) {
        return new AttachmentInput(name, format, location.value(), null);
    }
}
