package dev.accolade.application.port.in;

import dev.accolade.domain.common.AssetLocation;
import dev.accolade.domain.common.ImageFormat;
import dev.accolade.domain.common.ImageRef;
import dev.accolade.domain.common.WebUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An image as a client names it: a format and the URL where it lives.
 *
 * @param format {@code png}, {@code jpg} or {@code gif}
 * @param url an http or https URL
 */
public record ImageInput(@NotBlank @Size(max = 10) String format, @NotBlank @Size(max = WebUrl.MAX_LENGTH) String url) {

    /** The checked image. */
    public ImageRef toImageRef() {
        return new ImageRef(ImageFormat.parse(format), new AssetLocation(url));
    }
}
