package dev.accolade.adapter.in.rest.member;

import dev.accolade.adapter.in.rest.input.Requests;
import dev.accolade.application.port.in.ImageInput;

/**
 * A member's picture as a request names it.
 *
 * @param format {@code png}, {@code jpg} or {@code gif}
 * @param url an http or https URL
 */
public record AvatarRequest(String format, String url) {

    /** The image input; a 400 when a part is missing. */
    public ImageInput toInput() {
        return new ImageInput(Requests.required(format, "avatar.format"), Requests.required(url, "avatar.url"));
    }
}
