package dev.accolade.adapter.in.rest.template;

import dev.accolade.domain.common.Attachment;

/**
 * A file attached to a template, as the native API shows it.
 *
 * @param name the file name
 * @param format the file format
 * @param url where the file lives
 */
public record AttachmentResponse(String name, String format, String url) {

    /** The response for an attachment. */
    public static AttachmentResponse from(Attachment attachment) {
        return new AttachmentResponse(attachment.name(), attachment.format().wireName(),
                attachment.location().value());
    }
}
