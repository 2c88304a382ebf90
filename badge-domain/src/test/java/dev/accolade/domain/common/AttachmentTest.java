package dev.accolade.domain.common;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A template's attachment: a file name of at most 200 characters, a format and a location. */
class AttachmentTest {

    private static final AssetLocation LOCATION = new AssetLocation("https://example.org/rules.pdf");

    @Test
    void the_name_is_trimmed() {
        assertThat(new Attachment("  rules  ", FileFormat.DOC, LOCATION).name()).isEqualTo("rules");
    }

    @Test
    void a_name_of_the_maximum_length_is_accepted() {
        assertThat(new Attachment("n".repeat(Attachment.MAX_NAME_LENGTH), FileFormat.DOC, LOCATION).name())
                .hasSize(200);
    }

    @Test
    void a_name_one_character_over_the_maximum_is_refused() {
        assertInvalid(() -> new Attachment("n".repeat(201), FileFormat.DOC, LOCATION), "name", "name_too_long");
    }

    @Test
    void a_blank_name_is_required() {
        assertInvalid(() -> new Attachment(" ", FileFormat.DOC, LOCATION), "name", "name_required");
    }

    @Test
    void the_format_is_required() {
        assertInvalid(() -> new Attachment("rules", null, LOCATION), "format", "format_required");
    }

    @Test
    void the_location_is_required() {
        assertInvalid(() -> new Attachment("rules", FileFormat.DOC, null), "url", "url_required");
    }
}
