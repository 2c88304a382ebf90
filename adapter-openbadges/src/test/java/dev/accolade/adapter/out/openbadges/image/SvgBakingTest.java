package dev.accolade.adapter.out.openbadges.image;

import static dev.accolade.adapter.out.openbadges.image.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgBakingTest {

    private static final String OB2 = "http://openbadges.org";
    private static final String OB3 = "https://purl.imsglobal.org/ob/v3p0";
    private static final String SVG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- made by hand -->
            <svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" data-note='a > b'>
              <circle cx="32" cy="32" r="30" fill="#336699"/>
              <text x="32" y="36">A &amp; B</text>
            </svg>
            """;
    private static final String URL = "https://badges.example/assertions/1?a=1&b=2";
    private static final String JSON = "{\"@context\":\"https://w3id.org/openbadges/v2\",\"id\":\"" + URL
            + "\",\"note\":\"<b>Zoë & 日本</b> 🎖\"}";
    private static final String JWT = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJodHRwczovL2lzc3Vlci5leGFtcGxlIn0.c2ln";

    @Test
    void an_assertion_is_read_back_exactly() {
        String baked = SvgBaking.bakeAssertion(SVG, URL, JSON);

        assertThat(SvgBaking.unbakeAssertion(baked)).contains(new SvgAssertion(URL, JSON));
        assertThat(SvgBaking.unbakeCredential(baked)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {JWT, JSON})
    void a_credential_is_read_back_exactly(String credential) {
        String baked = SvgBaking.bakeCredential(SVG, credential);

        assertThat(SvgBaking.unbakeCredential(baked)).contains(credential);
        assertThat(SvgBaking.unbakeAssertion(baked)).isEmpty();
    }

    @Test
    void the_assertion_is_the_first_child_of_the_root_in_the_open_badges_namespace() {
        Document document = TestXml.parse(SvgBaking.bakeAssertion(SVG, URL, JSON));

        Element assertion = TestXml.firstChildElement(document);
        assertThat(assertion.getNamespaceURI()).isEqualTo(OB2);
        assertThat(assertion.getTagName()).isEqualTo("openbadges:assertion");
        assertThat(assertion.getAttribute("verify")).isEqualTo(URL);
        assertThat(assertion.getTextContent()).isEqualTo(JSON);
        assertThat(document.getDocumentElement().getAttribute("xmlns:openbadges")).isEqualTo(OB2);
        assertThat(document.getDocumentElement().getFirstChild()).isSameAs(assertion);
    }

    @Test
    void the_credential_is_the_first_child_of_the_root_in_the_v3_namespace() {
        String baked = SvgBaking.bakeCredential(SVG, JWT);
        Document document = TestXml.parse(baked);

        Element credential = TestXml.firstChildElement(document);
        assertThat(credential.getNamespaceURI()).isEqualTo(OB3);
        assertThat(credential.getTagName()).isEqualTo("openbadges:credential");
        assertThat(credential.hasAttributes()).isFalse();
        assertThat(document.getDocumentElement().getAttribute("xmlns:openbadges")).isEqualTo(OB3);
        assertThat(baked).contains("<openbadges:credential><![CDATA[" + JWT + "]]></openbadges:credential>");
    }

    @Test
    void the_rest_of_the_image_is_kept_character_for_character() {
        String baked = SvgBaking.bakeAssertion(SVG, URL, JSON);

        String element = baked.substring(baked.indexOf("<openbadges:assertion"),
                baked.indexOf("</openbadges:assertion>") + "</openbadges:assertion>".length());
        assertThat(baked.replace(element, "").replace(" xmlns:openbadges=\"" + OB2 + "\"", "")).isEqualTo(SVG);
    }

    @Test
    void baking_again_replaces_the_element_and_keeps_the_image_as_it_was() {
        String once = SvgBaking.bakeAssertion(SVG, URL, JSON);
        String twice = SvgBaking.bakeAssertion(once, "https://badges.example/assertions/2", "{}");

        assertThat(TestXml.parse(twice).getElementsByTagNameNS(OB2, "assertion").getLength()).isEqualTo(1);
        assertThat(SvgBaking.unbakeAssertion(twice))
                .contains(new SvgAssertion("https://badges.example/assertions/2", "{}"));
        assertThat(SvgBaking.bakeAssertion(twice, URL, JSON)).isEqualTo(once);
        assertThat(twice).containsOnlyOnce("xmlns:openbadges");
    }

    @Test
    void an_assertion_and_a_credential_can_share_one_image_in_either_order() {
        String assertionFirst = SvgBaking.bakeCredential(SvgBaking.bakeAssertion(SVG, URL, JSON), JWT);
        String credentialFirst = SvgBaking.bakeAssertion(SvgBaking.bakeCredential(SVG, JWT), URL, JSON);

        for (String both : new String[] {assertionFirst, credentialFirst}) {
            Document document = TestXml.parse(both);
            assertThat(document.getElementsByTagNameNS(OB2, "assertion").getLength()).isEqualTo(1);
            assertThat(document.getElementsByTagNameNS(OB3, "credential").getLength()).isEqualTo(1);
            assertThat(SvgBaking.unbakeAssertion(both)).contains(new SvgAssertion(URL, JSON));
            assertThat(SvgBaking.unbakeCredential(both)).contains(JWT);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a]]>b", "]]>", "]]>]]>", "x]]]>y", "ends with ]]", "]", "]]", ">", "]>",
        "{\"a\":\"]]>\"}", "<![CDATA[nested]]>", "  spaced  ", "\n", "line\r\nbreaks\rand\nmore\r",
        "\rstarts", "tab\there", "next\u0085line", "line\u2028separator", "\uD83C\uDF96 medal"})
    void text_that_looks_like_markup_or_has_line_ends_is_read_back_exactly(String text) {
        assertThat(SvgBaking.unbakeCredential(SvgBaking.bakeCredential(SVG, "x" + text))).contains("x" + text);
        assertThat(SvgBaking.unbakeAssertion(SvgBaking.bakeAssertion(SVG, URL, text)))
                .contains(new SvgAssertion(URL, text));
        assertThat(SvgBaking.unbakeAssertion(SvgBaking.bakeAssertion(SVG, "v" + text, "{}")))
                .contains(new SvgAssertion("v" + text, "{}"));
    }

    @Test
    void every_short_mix_of_brackets_and_line_ends_is_read_back_exactly() {
        char[] alphabet = {']', '>', '\r', '\n', ' ', 'a'};
        for (int length = 0; length <= 4; length++) {
            int combinations = (int) Math.pow(alphabet.length, length);
            for (int index = 0; index < combinations; index++) {
                StringBuilder text = new StringBuilder();
                for (int i = 0, rest = index; i < length; i++, rest /= alphabet.length) {
                    text.append(alphabet[rest % alphabet.length]);
                }
                String baked = SvgBaking.bakeAssertion(SVG, "v" + text, text.toString());
                assertThat(SvgBaking.unbakeAssertion(baked)).as("%s", baked)
                        .contains(new SvgAssertion("v" + text, text.toString()));
            }
        }
    }

    @Test
    void attribute_values_are_escaped() {
        String verify = "https://x.example/?q=\"quoted\"&'single'<tag>";
        String baked = SvgBaking.bakeAssertion(SVG, verify, "");

        assertThat(baked)
                .contains("verify=\"https://x.example/?q=&quot;quoted&quot;&amp;&#39;single&#39;&lt;tag&gt;\"");
        assertThat(TestXml.firstChildElement(TestXml.parse(baked)).getAttribute("verify")).isEqualTo(verify);
    }

    @Test
    void a_self_closing_root_gets_content() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\" />";

        String baked = SvgBaking.bakeCredential(svg, JWT);

        assertThat(baked).isEqualTo("<svg xmlns:openbadges=\"" + OB3 + "\" xmlns=\"http://www.w3.org/2000/svg\""
                + " viewBox=\"0 0 1 1\" ><openbadges:credential><![CDATA[" + JWT + "]]></openbadges:credential></svg>");
        assertThat(SvgBaking.unbakeCredential(baked)).contains(JWT);
    }

    @Test
    void a_prefixed_root_and_an_unnamespaced_root_are_both_svg() {
        String prefixed = "<s:svg xmlns:s=\"http://www.w3.org/2000/svg\"><s:g/></s:svg>";
        String bare = "<svg\n\twidth='1'\n>text</svg>";

        assertThat(SvgBaking.unbakeCredential(SvgBaking.bakeCredential(prefixed, JWT))).contains(JWT);
        assertThat(SvgBaking.bakeCredential(prefixed, JWT)).endsWith("</openbadges:credential><s:g/></s:svg>");
        assertThat(SvgBaking.unbakeAssertion(SvgBaking.bakeAssertion(bare, URL, JSON)))
                .contains(new SvgAssertion(URL, JSON));
    }

    @Test
    void a_root_that_already_declares_the_prefix_is_not_given_a_second_declaration() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"http://openbadges.org\"/>";

        String baked = SvgBaking.bakeAssertion(svg, URL, JSON);

        assertThat(baked).containsOnlyOnce("xmlns:openbadges");
        assertThat(SvgBaking.unbakeAssertion(baked)).contains(new SvgAssertion(URL, JSON));
    }

    @Test
    void an_element_baked_elsewhere_with_another_prefix_is_replaced() {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:ob="http://openbadges.org">
                  <metadata><ob:assertion verify="https://old.example/1"><![CDATA[{"old":true}]]></ob:assertion>
                  </metadata>
                  <g><assertion xmlns="http://openbadges.org" verify="https://old.example/2"/></g>
                  <assertion verify="not in the namespace"/>
                </svg>""";

        String baked = SvgBaking.bakeAssertion(svg, URL, JSON);

        assertThat(baked).doesNotContain("old.example").contains("<metadata>\n  </metadata>", "<g></g>",
                "<assertion verify=\"not in the namespace\"/>");
        assertThat(SvgBaking.unbakeAssertion(baked)).contains(new SvgAssertion(URL, JSON));
    }

    @Test
    void content_baked_elsewhere_is_read_without_layout_whitespace() {
        String cdata = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"http://openbadges.org\">"
                + "<openbadges:assertion verify=\"" + "https://a.example/1\">\n    <![CDATA[{\"a\": 1}]]>\n  "
                + "</openbadges:assertion></svg>";
        String escaped = "<svg xmlns=\"http://www.w3.org/2000/svg\"><o:assertion xmlns:o=\"http://openbadges.org\""
                + " verify='https://a.example/2'>\n  {&quot;a&quot;: &lt;1&gt;}\n</o:assertion></svg>";
        String verifyOnly = "<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<openbadges:assertion xmlns:openbadges=\"http://openbadges.org\" verify=\"eyJ.x.y\"/></svg>";
        String noVerify = "<svg><assertion xmlns=\"http://openbadges.org\">{}</assertion></svg>";

        assertThat(SvgBaking.unbakeAssertion(cdata)).contains(new SvgAssertion("https://a.example/1", "{\"a\": 1}"));
        assertThat(SvgBaking.unbakeAssertion(escaped))
                .contains(new SvgAssertion("https://a.example/2", "{\"a\": <1>}"));
        assertThat(SvgBaking.unbakeAssertion(verifyOnly)).contains(new SvgAssertion("eyJ.x.y", ""));
        assertThat(SvgBaking.unbakeAssertion(noVerify)).contains(new SvgAssertion("", "{}"));
    }

    @Test
    void an_image_with_two_elements_of_a_kind_is_refused_when_reading_but_can_be_baked_over() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"" + OB3 + "\">"
                + "<openbadges:credential>a</openbadges:credential><g><openbadges:credential>b</openbadges:credential>"
                + "</g></svg>";

        assertRefused(() -> SvgBaking.unbakeCredential(svg), "2 openbadges:credential elements");
        assertThat(SvgBaking.unbakeCredential(SvgBaking.bakeCredential(svg, JWT))).contains(JWT);
    }

    @Test
    void an_image_without_an_element_has_nothing_baked() {
        assertThat(SvgBaking.unbakeAssertion(SVG)).isEmpty();
        assertThat(SvgBaking.unbakeCredential(SVG)).isEmpty();
    }

    @Test
    void values_that_cannot_be_baked_are_refused() {
        assertRefused(() -> SvgBaking.bakeAssertion(SVG, " ", JSON), "verify value is blank");
        assertRefused(() -> SvgBaking.bakeCredential(SVG, "\n"), "credential is blank");
        assertRefused(() -> SvgBaking.bakeCredential(SVG, "nul\0"), "character that XML does not allow");
        assertRefused(() -> SvgBaking.bakeCredential(SVG, "bell\u0007"), "character that XML does not allow");
        assertRefused(() -> SvgBaking.bakeCredential(SVG, "\uFFFE"), "character that XML does not allow");
        assertRefused(() -> SvgBaking.bakeCredential(SVG, "lone \uDC00"), "character that XML does not allow");
        assertRefused(() -> SvgBaking.bakeAssertion(SVG, URL + "\u0001", JSON), "character that XML does not allow");
        String tooLong = "x".repeat(ImageLimits.MAX_TEXT_SIZE + 1);
        assertRefused(() -> SvgBaking.bakeCredential(SVG, tooLong), "longer than");
    }

    @Test
    void nulls_are_refused() {
        assertThatNullPointerException().isThrownBy(() -> SvgBaking.bakeAssertion(null, URL, JSON));
        assertThatNullPointerException().isThrownBy(() -> SvgBaking.bakeAssertion(SVG, null, JSON));
        assertThatNullPointerException().isThrownBy(() -> SvgBaking.bakeAssertion(SVG, URL, null));
        assertThatNullPointerException().isThrownBy(() -> SvgBaking.bakeCredential(SVG, null));
        assertThatNullPointerException().isThrownBy(() -> SvgBaking.unbakeAssertion(null));
        assertThatNullPointerException().isThrownBy(() -> SvgBaking.unbakeCredential(null));
    }
}
