package dev.accolade.domain.common;

/**
 * An image such as a template icon or a member avatar.
 *
 * @param format the image format
 * @param location where the image lives
 */
public record ImageRef(ImageFormat format, AssetLocation location) {

    /** Checks both parts are present. */
    public ImageRef {
        Check.required(format, "format");
        Check.required(location, "url");
    }
}
