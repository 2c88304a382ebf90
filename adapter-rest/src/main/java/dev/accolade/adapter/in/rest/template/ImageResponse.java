package dev.accolade.adapter.in.rest.template;

import dev.accolade.domain.common.ImageRef;

/**
 * A template's icon as the native API shows it.
 *
 * @param format {@code png}, {@code jpg} or {@code gif}
 * @param url where the image lives
 */
public record ImageResponse(String format, String url) {

    /** The response for an image. */
    public static ImageResponse from(ImageRef image) {
        return new ImageResponse(image.format().wireName(), image.location().value());
    }
}
