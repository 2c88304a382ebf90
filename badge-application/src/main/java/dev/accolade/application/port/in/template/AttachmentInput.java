package dev.accolade.application.port.in.template;

import dev.accolade.domain.common.AssetLocation;
import dev.accolade.domain.common.Attachment;
import dev.accolade.domain.common.FileFormat;
import dev.accolade.domain.common.WebUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A file attached to a template, as a client names it.
 *
 * @param name the file name
 * @param format the file format, such as {@code pdf} or {@code docx}
 * @param url where the file lives
 */
public record AttachmentInput(@NotBlank @Size(max = Attachment.MAX_NAME_LENGTH) String name,
        @NotBlank @Size(max = 10) String format, @NotBlank @Size(max = WebUrl.MAX_LENGTH) String url) {

    /** The checked attachment. */
    public Attachment toAttachment() {
        return new Attachment(name, FileFormat.parse(format), new AssetLocation(url));
    }
}
