package dev.accolade.adapter.out.openbadges.image;

import static dev.accolade.adapter.out.openbadges.image.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SvgSafetyTest {

    private static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE svg [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <svg xmlns="http://www.w3.org/2000/svg"><text>&lol9;</text></svg>
            """;

    @TempDir
    Path directory;

    @Test
    void an_external_entity_is_refused() throws Exception {
        Path secret = Files.writeString(directory.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"http://openbadges.org\">"
                + "<openbadges:assertion verify=\"x\">&xxe;</openbadges:assertion></svg>";

        assertEveryOperationRefuses(xxe, "DOCTYPE");
    }

    @Test
    void a_parameter_entity_and_an_external_dtd_are_refused() {
        String parameter = "<!DOCTYPE svg [<!ENTITY % remote SYSTEM \"http://127.0.0.1:1/evil.dtd\"> %remote;]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        String externalDtd = "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\"><svg xmlns=\"http://www.w3.org/2000/svg\"/>";

        assertEveryOperationRefuses(parameter, "DOCTYPE");
        assertEveryOperationRefuses(externalDtd, "DOCTYPE");
    }

    @Test
    void billion_laughs_is_refused() {
        assertEveryOperationRefuses(BILLION_LAUGHS, "DOCTYPE");
    }

    @Test
    void xinclude_is_not_processed() throws Exception {
        Path secret = Files.writeString(directory.resolve("included.txt"), "TOP-SECRET");
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                + "<openbadges:credential xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
                + "<xi:include href=\"" + secret.toUri() + "\" parse=\"text\"/>jwt</openbadges:credential></svg>";

        assertThat(SvgBaking.unbakeCredential(svg)).contains("jwt");
    }

    @Test
    void an_undefined_entity_is_refused() {
        assertEveryOperationRefuses("<svg xmlns=\"http://www.w3.org/2000/svg\">&nbsp;</svg>", "not acceptable XML");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not xml", "<svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">", "<svg></svg><svg/>",
        "<svg><g></svg>", "<svg a='1' a='2'/>", "<svg><o:x/></svg>", "<?xml version=\"1.0\"?>"})
    void text_that_is_not_well_formed_is_refused(String svg) {
        assertEveryOperationRefuses(svg, "not acceptable XML");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><svg/></html>", "<svg xmlns=\"http://www.w3.org/1999/xhtml\"/>",
        "<x:svg xmlns:x=\"http://openbadges.org\"/>", "<image/>"})
    void a_document_that_is_not_an_svg_is_refused(String xml) {
        assertEveryOperationRefuses(xml, "not an SVG image");
    }

    @Test
    void an_svg_longer_than_the_limit_is_refused_before_it_is_parsed() {
        String huge = "<svg>" + " ".repeat(ImageLimits.MAX_IMAGE_SIZE) + "</svg>";

        assertEveryOperationRefuses(huge, "longer than");
    }

    @Test
    void nesting_deeper_than_the_limit_is_refused() {
        int depth = ImageLimits.MAX_SVG_DEPTH + 1;
        String deep = "<svg>" + "<g>".repeat(depth) + "</g>".repeat(depth) + "</svg>";
        String fine = "<svg>" + "<g>".repeat(100) + "</g>".repeat(100) + "</svg>";

        assertEveryOperationRefuses(deep, "not acceptable XML");
        assertThat(SvgBaking.unbakeCredential(SvgBaking.bakeCredential(fine, "jwt"))).contains("jwt");
    }

    @Test
    void a_refused_document_prints_nothing() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEveryOperationRefuses("<svg><unclosed></svg>", "not acceptable XML");
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static void assertEveryOperationRefuses(String svg, String message) {
        assertRefused(() -> SvgBaking.unbakeAssertion(svg), message);
        assertRefused(() -> SvgBaking.unbakeCredential(svg), message);
        assertRefused(() -> SvgBaking.bakeAssertion(svg, "https://a.example/1", "{}"), message);
        assertRefused(() -> SvgBaking.bakeCredential(svg, "jwt"), message);
    }
}
