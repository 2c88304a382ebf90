package dev.accolade.adapter.out.openbadges.image;

import static dev.accolade.adapter.out.openbadges.image.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class DefaultBadgeImageTest {

    private static final String TITLE = "Open Badges Expert";
    private static final String ISSUER = "Accolade Academy";

    @Test
    void the_same_title_and_issuer_give_byte_identical_images() {
        assertThat(DefaultBadgeImage.png(TITLE, ISSUER)).isEqualTo(DefaultBadgeImage.png(TITLE, ISSUER));
        assertThat(DefaultBadgeImage.svg(TITLE, ISSUER)).isEqualTo(DefaultBadgeImage.svg(TITLE, ISSUER));
    }

    @Test
    void the_bytes_are_pinned_so_that_every_machine_and_jdk_makes_the_same_image() throws Exception {
        // These hashes change only when the design changes; a different value elsewhere means lost determinism.
        assertThat(sha256(DefaultBadgeImage.png(TITLE, ISSUER)))
                .isEqualTo("0f8ded124c9283ff1283822af816491316b579ab2f8d5e6454a6691b76a376d4");
        assertThat(sha256(DefaultBadgeImage.svg(TITLE, ISSUER).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("66296575dcd450ecbe1cf80d7bedf9b5c68152b80e94604738c244f5f2eee9a4");
    }

    @Test
    void different_titles_give_different_images() {
        byte[] java = DefaultBadgeImage.png("Java Basics", ISSUER);
        byte[] rust = DefaultBadgeImage.png("Rust Basics", ISSUER);
        byte[] player = DefaultBadgeImage.png("Team Player", ISSUER);
        byte[] lead = DefaultBadgeImage.png("Team Lead", ISSUER);

        assertThat(java).isNotEqualTo(rust);
        assertThat(TestPngs.pixels(player)).isNotEqualTo(TestPngs.pixels(lead));
        assertThat(DefaultBadgeImage.svg("Team Player", ISSUER))
                .isNotEqualTo(DefaultBadgeImage.svg("Team Lead", ISSUER));
        assertThat(DefaultBadgeImage.png(TITLE, "One")).isNotEqualTo(DefaultBadgeImage.png(TITLE, "Two"));
    }

    @Test
    void the_png_decodes_to_a_256_pixel_round_badge_on_a_transparent_background() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(DefaultBadgeImage.png(TITLE, ISSUER)));

        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(256);
        assertThat(image.getRGB(0, 0) >>> 24).as("corner alpha").isZero();
        assertThat(image.getRGB(255, 255) >>> 24).as("corner alpha").isZero();
        BadgeDesign design = BadgeDesign.of(TITLE, ISSUER);
        assertThat(image.getRGB(128, 4)).as("ring").isEqualTo(0xFF000000 | design.ring());
        assertThat(image.getRGB(128, 234)).as("fill between ring and inner line").isEqualTo(0xFF000000 | design.fill());
        assertThat(countPixels(image, 0xFFFFFFFF)).as("white text pixels").isGreaterThan(1_000);
    }

    @Test
    void the_png_is_well_framed_and_can_be_baked() {
        byte[] png = DefaultBadgeImage.png(TITLE, ISSUER);

        assertThat(TestPngs.chunks(png)).map(TestPngs.Chunk::type)
                .containsExactly("IHDR", "PLTE", "tRNS", "IDAT", "IEND");
        assertThat(png.length).isLessThan(8_000);
        assertThat(PngBaking.unbake(PngBaking.bake(png, PngBaking.OPEN_BADGES_3, "jwt"), PngBaking.OPEN_BADGES_3))
                .contains("jwt");
    }

    @Test
    void the_svg_is_xml_with_the_title_and_issuer_escaped() {
        String title = "<script>alert('x')</script> & \"Co\"";
        String issuer = "Tom & Jerry's <b>";

        String svg = DefaultBadgeImage.svg(title, issuer);

        Document document = TestXml.parse(svg);
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(document.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(document.getElementsByTagNameNS("*", "b").getLength()).isZero();
        assertThat(svg).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;",
                "Tom &amp; Jerry&#39;s &lt;b&gt;").doesNotContain("<script", "<b>");
        assertThat(document.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo(title + " (" + issuer + ")");
        assertThat(texts(document)).contains("Tom & Jerry's <b>");
    }

    @Test
    void the_svg_shows_initials_and_shortened_lines() {
        Document document = TestXml.parse(DefaultBadgeImage.svg("  certified\tkubernetes   administrator professional ",
                "The Linux Foundation Training and Certification"));

        assertThat(texts(document)).containsExactly("CK", "certified kuberne…", "The Linux Foundation…");
    }

    @Test
    void titles_in_any_script_and_with_odd_characters_still_give_valid_images() throws Exception {
        for (String title : new String[] {"日本語 バッジ", "🎖 Medal", "Ünïcode Ça", "a\u0000b\u0007c", "x\uD800y", "!!!",
            "ß", "ı"}) {
            String svg = DefaultBadgeImage.svg(title, "Issuer\u0001");
            TestXml.parse(svg);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(DefaultBadgeImage.png(title, "\uFFFF")));
            assertThat(image.getWidth()).as(title).isEqualTo(256);
        }
        assertThat(texts(TestXml.parse(DefaultBadgeImage.svg("🎖 Medal", "")))[0]).isEqualTo("ME");
        assertThat(texts(TestXml.parse(DefaultBadgeImage.svg("ıstanbul", "")))[0]).isEqualTo("IS");
        assertThat(texts(TestXml.parse(DefaultBadgeImage.svg("日本語 バッジ", "")))[0]).isEqualTo("日バ");
    }

    @Test
    void a_blank_title_is_refused_and_a_blank_issuer_is_left_out() {
        assertRefused(() -> DefaultBadgeImage.png(" \n", ISSUER), "needs a title");
        assertRefused(() -> DefaultBadgeImage.svg("", ISSUER), "needs a title");
        assertThat(texts(TestXml.parse(DefaultBadgeImage.svg(TITLE, " ")))).containsExactly("OB", TITLE, "");
        assertThatNullPointerException().isThrownBy(() -> DefaultBadgeImage.png(null, ISSUER));
        assertThatNullPointerException().isThrownBy(() -> DefaultBadgeImage.svg(TITLE, null));
    }

    private static String[] texts(Document document) {
        NodeList texts = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        String[] values = new String[texts.getLength()];
        for (int i = 0; i < values.length; i++) {
            values[i] = texts.item(i).getTextContent();
        }
        return values;
    }

    private static int countPixels(BufferedImage image, int argb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += image.getRGB(x, y) == argb ? 1 : 0;
            }
        }
        return count;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
