package dev.accolade.adapter.in.rest.template;

import dev.accolade.application.template.AttachmentInput;

/**
 * A file attached to a template, in a request body.
 *
 * @param name the file name
 * @param format the file format, such as {@code pdf} or {@code docx}
 * @param url where the file lives
 */
public record AttachmentRequest(String name, String format, String url) {

    /** The use cases' input. */
    public AttachmentInput toInput() {
        return new AttachmentInput(name, format, url);
    }
}
