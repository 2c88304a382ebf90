package dev.accolade.domain.common;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An image needs a format and a location. */
class ImageRefTest {

    @Test
    void an_image_keeps_its_format_and_location() {
        ImageRef image = new ImageRef(ImageFormat.PNG, new AssetLocation("blob:3"));

        assertThat(image.format()).isEqualTo(ImageFormat.PNG);
        assertThat(image.location().value()).isEqualTo("blob:3");
    }

    @Test
    void the_format_is_required() {
        assertInvalid(() -> new ImageRef(null, new AssetLocation("blob:3")), "format", "format_required");
    }

    @Test
    void the_location_is_required() {
        assertInvalid(() -> new ImageRef(ImageFormat.PNG, null), "url", "url_required");
    }
}
