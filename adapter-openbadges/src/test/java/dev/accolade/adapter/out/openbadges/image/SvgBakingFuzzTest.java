package dev.accolade.adapter.out.openbadges.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SvgBakingFuzzTest {

    private static final String SVG = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" a='1'>"
            + "<g id=\"x\"><text>hi</text></g><!-- c --></svg>";
    private static final List<String> FRAGMENTS = List.of("<!-- c -->", "<?pi x?>", "<![CDATA[]]]]><![CDATA[>]]>",
            "<g/>", "<g>", "</g>", " ", "\n", "&amp;", "&#60;", "<g a='>'>", "<g b=\"/>\"/>", "<", ">", "'", "\"",
            "/", "=", "<openbadges:assertion xmlns:openbadges='http://openbadges.org' verify='v'/>",
            "<ob:credential xmlns:ob='https://purl.imsglobal.org/ob/v3p0'>x</ob:credential>",
            " xmlns:openbadges='urn:clash'", " xmlns:openbadges=\"http://openbadges.org\"", "<svg>", "</svg>");

    @Test
    void a_mangled_svg_is_either_refused_or_baked_so_that_it_reads_back_exactly() {
        Random random = new Random(42L);
        int baked = 0;
        for (int round = 0; round < 5_000; round++) {
            StringBuilder svg = new StringBuilder(SVG);
            for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
                svg.insert(random.nextInt(svg.length() + 1), FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            }
            String input = svg.toString();
            boolean credential = random.nextBoolean();
            Throwable thrown = catchThrowable(() -> check(input, credential));
            if (thrown == null) {
                baked++;
            } else {
                assertThat(thrown).as(input).isExactlyInstanceOf(IllegalArgumentException.class);
            }
        }
        assertThat(baked).as("inputs that were accepted").isGreaterThan(250);
    }

    private static void check(String svg, boolean credential) {
        String text = "a]]>b\r\n";
        if (credential) {
            String baked = SvgBaking.bakeCredential(svg, text);
            TestXml.parse(baked);
            assertThat(SvgBaking.unbakeCredential(baked)).as(baked).contains(text);
        } else {
            String baked = SvgBaking.bakeAssertion(svg, "v&\"", text);
            TestXml.parse(baked);
            assertThat(SvgBaking.unbakeAssertion(baked)).as(baked).contains(new SvgAssertion("v&\"", text));
        }
    }
}
