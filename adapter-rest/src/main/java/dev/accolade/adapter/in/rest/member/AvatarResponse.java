package dev.accolade.adapter.in.rest.member;

import dev.accolade.domain.common.ImageRef;

/**
 * A member's picture as the native API shows it.
 *
 * @param format {@code png}, {@code jpg} or {@code gif}
 * @param url where the picture lives
 */
public record AvatarResponse(String format, String url) {

    /** The response for an image. */
    public static AvatarResponse from(ImageRef image) {
        return new AvatarResponse(image.format().wireName(), image.location().value());
    }
}
