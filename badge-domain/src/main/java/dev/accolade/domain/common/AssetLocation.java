package dev.accolade.domain.common;

import java.util.regex.Pattern;

/**
 * Where an image or file lives: a web URL, or {@code blob:<id>} for content the server stores itself.
 *
 * @param value the location as given, trimmed
 */
public record AssetLocation(String value) {

    private static final Pattern BLOB = Pattern.compile("blob:[1-9][0-9]{0,15}");

    /** Checks the location is a web URL or a stored blob reference. */
    public AssetLocation {
        value = Check.line(value, "url", WebUrl.MAX_LENGTH);
        if (BLOB.matcher(value).matches()) {
            Ids.check(Long.parseLong(value.substring("blob:".length())), "url");
        } else {
            value = new WebUrl(value).value();
        }
    }

    /** Whether the content is stored by the server rather than on the web. */
    public boolean isStoredBlob() {
        return value.startsWith("blob:");
    }

    @Override
    public String toString() {
        return value;
    }
}
