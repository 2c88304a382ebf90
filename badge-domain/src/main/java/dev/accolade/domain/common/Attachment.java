package dev.accolade.domain.common;

/**
 * A file attached to a template.
 *
 * @param name the file name as the user gave it, at most 200 characters
 * @param format the file format
 * @param location where the file lives
 */
public record Attachment(String name, FileFormat format, AssetLocation location) {

    /** The longest file name accepted. */
    public static final int MAX_NAME_LENGTH = 200;

    /** Checks every part. */
    public Attachment {
        name = Check.line(name, "name", MAX_NAME_LENGTH);
        Check.required(format, "format");
        Check.required(location, "url");
    }
}
