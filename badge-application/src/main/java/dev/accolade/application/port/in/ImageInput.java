package dev.accolade.application.port.in;

import dev.accolade.domain.common.AssetLocation;
import dev.accolade.domain.common.Content;
import dev.accolade.domain.common.FileFormat;
import dev.accolade.domain.common.ImageFormat;
import dev.accolade.domain.common.ImageRef;
import dev.accolade.domain.common.WebUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An image as a client names it: a format and either the URL where it lives or its content, which
 * the server then stores and serves itself.
 *
 * @param format {@code png}, {@code jpg} or {@code gif}
 * @param url an http or https URL, or null when {@code data} is given
 * @param data the image's bytes in base64 (at most {@link Content#MAX_IMAGE_BYTES} once decoded), or null
 */
public record ImageInput(@NotBlank @Size(max = 10) String format, @Size(max = WebUrl.MAX_LENGTH) String url,
        @Size(max = MAX_DATA_LENGTH) String data) {

    /** The longest base64 text accepted: enough for the largest image, with line breaks. */
    public static final int MAX_DATA_LENGTH = Content.MAX_IMAGE_BYTES / 3 * 4 + 65_536;

    /** An image that lives at a URL. */
    public ImageInput(String format, String url) {
        this(format, url, null);
    }

    /** An image already kept, such as a template's icon, as it is. */
    public static ImageInput stored(ImageRef image) {
        return new ImageInput(image.format().wireName(), image.location().value());
    }

    /** Whether the image comes as content to store rather than as a URL. */
    public boolean hasData() {
        return data != null;
    }

    /** The decoded, checked content; {@code <attribute>_data_…} when it is not an image of its format. */
    public Content content(String attribute) {
        FileFormat declared = FileFormat.parse(ImageFormat.parse(format).wireName());
        return Content.decode(declared, data, Content.MAX_IMAGE_BYTES, attribute + "_data");
    }

    /** The checked image, at its URL. */
    public ImageRef toImageRef() {
        return new ImageRef(ImageFormat.parse(format), new AssetLocation(url));
    }

    /** The same image, stored at this location rather than given as content. */
    public ImageInput storedAt(AssetLocation location) {
        return new ImageInput(format, location.value(), null);
    }
}
