package dev.accolade.domain.common;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Attachment formats are parsed from their names without regard to case; jpeg is jpg. */
class FileFormatTest {

    @ParameterizedTest
    @CsvSource({"docx, DOCX", "DOCX, DOCX", "Pptx, PPTX", "' zip ', ZIP", "html, HTML"})
    void names_are_parsed_without_regard_to_case(String name, FileFormat expected) {
        assertThat(FileFormat.parse(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(FileFormat.class)
    void every_format_parses_from_its_wire_name(FileFormat format) {
        assertThat(FileFormat.parse(format.wireName())).isEqualTo(format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jpeg", "JPEG"})
    void jpeg_is_jpg(String name) {
        assertThat(FileFormat.parse(name)).isEqualTo(FileFormat.JPG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"exe", "pdf", "tar.gz", "odt"})
    void unknown_formats_are_refused(String name) {
        assertInvalid(() -> FileFormat.parse(name), "format", "format_invalid");
    }

    @Test
    void a_blank_format_is_required() {
        assertInvalid(() -> FileFormat.parse(null), "format", "format_required");
    }

    @Test
    void the_wire_names_are_those_of_the_specification() {
        assertThat(Arrays.stream(FileFormat.values()).map(FileFormat::wireName))
                .containsExactly("jpg", "png", "gif", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "rar",
                        "html");
    }
}
