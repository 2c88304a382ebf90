package dev.accolade.domain.common;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Image formats are parsed from their names without regard to case; jpeg is jpg. */
class ImageFormatTest {

    @ParameterizedTest
    @CsvSource({"png, PNG", "PNG, PNG", "jpg, JPG", "Gif, GIF", "' gif ', GIF"})
    void names_are_parsed_without_regard_to_case(String name, ImageFormat expected) {
        assertThat(ImageFormat.parse(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jpeg", "JPEG", "Jpeg"})
    void jpeg_is_jpg(String name) {
        assertThat(ImageFormat.parse(name)).isEqualTo(ImageFormat.JPG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"svg", "bmp", "webp", "png8"})
    void unknown_formats_are_refused(String name) {
        assertInvalid(() -> ImageFormat.parse(name), "format", "format_invalid");
    }

    @Test
    void a_blank_format_is_required() {
        assertInvalid(() -> ImageFormat.parse(" "), "format", "format_required");
    }

    @Test
    void the_wire_name_is_lower_case() {
        assertThat(ImageFormat.JPG.wireName()).isEqualTo("jpg");
    }
}
