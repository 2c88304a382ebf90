package dev.accolade.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.accolade.domain.error.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ContentTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2};
    private static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1, 0};
    private static final byte[] ZIP = {'P', 'K', 3, 4, 0};
    private static final byte[] RAR = {'R', 'a', 'r', '!', 0x1A, 0x07, 0};

    private static String code(Runnable call) {
        return catchThrowableOfType(DomainException.class, call::run).code();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void every_format_is_recognised_by_its_signature() {
        assertThat(Content.hasSignatureOf(FileFormat.PNG, PNG)).isTrue();
        assertThat(Content.hasSignatureOf(FileFormat.JPG, JPG)).isTrue();
        assertThat(Content.hasSignatureOf(FileFormat.GIF, ascii("GIF87a..."))).isTrue();
        assertThat(Content.hasSignatureOf(FileFormat.GIF, ascii("GIF89a..."))).isTrue();
        for (FileFormat office : new FileFormat[] {FileFormat.DOC, FileFormat.XLS, FileFormat.PPT}) {
            assertThat(Content.hasSignatureOf(office, OLE2)).isTrue();
        }
        for (FileFormat openXml : new FileFormat[] {FileFormat.DOCX, FileFormat.XLSX, FileFormat.PPTX,
            FileFormat.ZIP}) {
            assertThat(Content.hasSignatureOf(openXml, ZIP)).isTrue();
        }
        assertThat(Content.hasSignatureOf(FileFormat.RAR, RAR)).isTrue();
        assertThat(Content.hasSignatureOf(FileFormat.HTML, ascii("\uFEFF  <!doctype html><p>hi"))).isTrue();
    }

    @Test
    void content_of_another_format_is_not_taken_for_the_declared_one() {
        assertThat(Content.hasSignatureOf(FileFormat.PNG, JPG)).isFalse();
        assertThat(Content.hasSignatureOf(FileFormat.JPG, PNG)).isFalse();
        assertThat(Content.hasSignatureOf(FileFormat.DOCX, OLE2)).isFalse();
        assertThat(Content.hasSignatureOf(FileFormat.HTML, ascii("just text"))).isFalse();
        assertThat(Content.hasSignatureOf(FileFormat.HTML, new byte[] {'<', (byte) 0xC3, 0x28})).isFalse();
        assertThat(Content.hasSignatureOf(FileFormat.PNG, new byte[] {(byte) 0x89, 'P'})).isFalse();
        assertThat(code(() -> new Content(FileFormat.GIF, PNG))).isEqualTo("data_format_mismatch");
    }

    @Test
    void base64_is_decoded_whatever_its_alphabet_and_line_breaks() {
        String encoded = Base64.getMimeEncoder().encodeToString(PNG);

        assertThat(Content.decode(FileFormat.PNG, encoded, 100, "icon_data").bytes()).isEqualTo(PNG);
        assertThat(Content.decode(FileFormat.PNG, Base64.getUrlEncoder().encodeToString(PNG), 100, "icon_data"))
                .isEqualTo(new Content(FileFormat.PNG, PNG));
    }

    @Test
    void bad_base64_empty_content_and_content_over_the_limit_are_refused_under_the_attribute() {
        assertThat(code(() -> Content.decode(FileFormat.PNG, "%%%", 100, "icon_data"))).isEqualTo("icon_data_invalid");
        assertThat(code(() -> Content.decode(FileFormat.PNG, "  ", 100, "icon_data")))
                .isEqualTo("icon_data_required");
        assertThat(code(() -> Content.decode(FileFormat.PNG, Base64.getEncoder().encodeToString(PNG), 9,
                "icon_data"))).isEqualTo("icon_data_too_large");
        assertThat(code(() -> Content.decode(FileFormat.JPG, Base64.getEncoder().encodeToString(PNG), 100,
                "icon_data"))).isEqualTo("icon_data_format_mismatch");
    }

    @Test
    void content_is_copied_in_and_out_and_says_only_its_size() {
        byte[] given = PNG.clone();
        Content content = new Content(FileFormat.PNG, given);
        given[9] = 99;
        content.bytes()[8] = 42;

        assertThat(content.bytes()).isEqualTo(PNG);
        assertThat(content.size()).isEqualTo(PNG.length);
        assertThat(content).hasToString("Content[png, 10 bytes]");
        assertThat(Content.mediaType(FileFormat.DOCX)).startsWith("application/vnd.openxmlformats");
    }
}
