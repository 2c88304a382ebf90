package dev.accolade.adapter.out.openbadges.image;

import static dev.accolade.adapter.out.openbadges.image.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class XmlLayoutTest {

    private static final String NS = "http://openbadges.org";

    @Test
    void markup_inside_comments_cdata_instructions_and_attribute_values_is_not_taken_for_elements() {
        String xml = "<?xml version='1.0'?><!-- <svg><ob:assertion xmlns:ob='http://openbadges.org'/> -->"
                + "<?note <ob:assertion/> ?><svg title='a > b' data-x=\"<&lt;>\" xmlns:ob = 'http://openbadges.org'"
                + "\n>"
                + "<![CDATA[<ob:assertion/>]]><!-- <ob:assertion/> --><ob:assertion>real</ob:assertion>"
                + "<?pi <ob:assertion/>?></svg><!-- after -->";

        XmlLayout.Found found = XmlLayout.find(xml, NS, "assertion");

        assertThat(found.root().qualifiedName()).isEqualTo("svg");
        assertThat(xml.substring(found.root().nameEnd(), found.root().end())).startsWith(" title='a > b'")
                .endsWith("\n>");
        assertThat(found.root().namespaces()).isEqualTo(Map.of("ob", NS));
        assertThat(found.root().selfClosing()).isFalse();
        assertThat(found.elements()).singleElement()
                .satisfies(span -> assertThat(xml.substring(span.start(), span.end()))
                        .isEqualTo("<ob:assertion>real</ob:assertion>"));
    }

    @Test
    void only_the_outermost_of_nested_matches_is_listed_and_namespaces_follow_scope() {
        String xml = "<svg><a:assertion xmlns:a='http://openbadges.org'><a:assertion/></a:assertion>"
                + "<g xmlns:a='urn:other'><a:assertion/></g><assertion xmlns='http://openbadges.org'/>"
                + "<a:assertion xmlns:a='http&#58;//openbadges.org'/></svg>";

        List<String> found = XmlLayout.find(xml, NS, "assertion").elements().stream()
                .map(span -> xml.substring(span.start(), span.end())).toList();

        assertThat(found).containsExactly(
                "<a:assertion xmlns:a='http://openbadges.org'><a:assertion/></a:assertion>",
                "<assertion xmlns='http://openbadges.org'/>",
                "<a:assertion xmlns:a='http&#58;//openbadges.org'/>");
    }

    @Test
    void a_self_closing_root_is_recognized() {
        XmlLayout.Found found = XmlLayout.find("<svg a=\"1\"/>", NS, "assertion");

        assertThat(found.root()).isEqualTo(new XmlLayout.RootTag("svg", 4, 12, true, Map.of()));
        assertThat(found.elements()).isEmpty();
    }

    @Test
    void broken_markup_is_refused_rather_than_misread() {
        for (String broken : List.of("", "text only", "<svg", "<svg a=1>", "<svg a='1>", "<svg></svg></svg>",
                "<svg><g></svg", "<svg><!-- open</svg>", "<svg><![CDATA[open</svg>", "<svg><?pi</svg>",
                "<!DOCTYPE svg><svg/>", "<svg/><svg/>", "<svg xmlns:a='&#xFFFFFFFF;'/>",
                "<svg xmlns:a='&#1114112;'/>", "<svg xmlns:a='&#x;'/>", "<svg xmlns:a='&amp'/>", "< svg/>",
                "<svg =''/>", "<svg a/>", "<svg/ >")) {
            assertThat(broken).as(broken).satisfiesAnyOf(
                    text -> assertRefused(() -> XmlLayout.find(text, NS, "assertion"), "not well-formed"),
                    text -> assertRefused(() -> XmlLayout.find(text, NS, "assertion"), "DOCTYPE"));
        }
    }

    @Test
    void random_markup_is_either_laid_out_or_refused_never_anything_else() {
        String pieces = "<>/='\"!?-[]&#;: \nax";
        Random random = new Random(7L);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder("<svg");
            for (int length = random.nextInt(40); length > 0; length--) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String xml = text.toString();
            Throwable thrown = catchThrowable(() -> XmlLayout.find(xml, NS, "assertion"));
            if (thrown != null) {
                assertThat(thrown).as(xml).isExactlyInstanceOf(IllegalArgumentException.class);
            }
        }
    }
}
