package dev.accolade.adapter.in.rest.template;

import dev.accolade.application.port.in.ImageInput;

/**
 * A template's icon in a request body.
 *
 * @param format {@code png}, {@code jpg} or {@code gif}
 * @param url where the image lives
 */
public record ImageRequest(String format, String url) {

    /** The use cases' input. */
    public ImageInput toInput() {
        return new ImageInput(format, url);
    }
}
