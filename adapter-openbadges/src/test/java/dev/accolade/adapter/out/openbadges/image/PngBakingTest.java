package dev.accolade.adapter.out.openbadges.image;

import static dev.accolade.adapter.out.openbadges.image.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Node;

class PngBakingTest {

    private static final String ASSERTION = "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Assertion\","
            + "\"id\":\"https://badges.example/a/1\",\"recipient\":{\"identity\":\"Zoë Ünal — 日本\"}}";
    private static final String JWT = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJodHRwczovL2lzc3Vlci5leGFtcGxlIn0.c2ln";

    private final byte[] image = TestPngs.sampleImage();

    @ParameterizedTest
    @ValueSource(strings = {PngBaking.OPEN_BADGES_2, PngBaking.OPEN_BADGES_3})
    void what_is_baked_under_a_keyword_is_read_back_exactly(String keyword) {
        byte[] baked = PngBaking.bake(image, keyword, ASSERTION);

        assertThat(PngBaking.unbake(baked, keyword)).contains(ASSERTION);
    }

    @Test
    void both_keywords_live_side_by_side() {
        byte[] baked = PngBaking.bake(PngBaking.bake(image, PngBaking.OPEN_BADGES_2, ASSERTION),
                PngBaking.OPEN_BADGES_3, JWT);

        assertThat(PngBaking.unbake(baked, PngBaking.OPEN_BADGES_2)).contains(ASSERTION);
        assertThat(PngBaking.unbake(baked, PngBaking.OPEN_BADGES_3)).contains(JWT);
    }

    @Test
    void the_chunk_is_an_uncompressed_itxt_right_after_ihdr_with_no_language_and_utf8_text() {
        List<TestPngs.Chunk> chunks = TestPngs.chunks(PngBaking.bake(image, PngBaking.OPEN_BADGES_3, ASSERTION));

        assertThat(chunks.get(0).type()).isEqualTo("IHDR");
        assertThat(chunks.get(1).type()).isEqualTo("iTXt");
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes("openbadgecredential".getBytes(StandardCharsets.ISO_8859_1));
        expected.writeBytes(new byte[] {0, 0, 0, 0, 0}); // separator, flag 0, method 0, no language, no translation
        expected.writeBytes(ASSERTION.getBytes(StandardCharsets.UTF_8));
        assertThat(chunks.get(1).data()).isEqualTo(expected.toByteArray());
    }

    @Test
    void every_other_byte_of_the_image_is_kept() {
        byte[] baked = PngBaking.bake(image, PngBaking.OPEN_BADGES_2, ASSERTION);

        int ihdrEnd = 8 + 12 + 13;
        int bakedEnd = ihdrEnd + 12 + TestPngs.chunks(baked).get(1).data().length;
        assertThat(Arrays.copyOfRange(baked, 0, ihdrEnd)).isEqualTo(Arrays.copyOfRange(image, 0, ihdrEnd));
        assertThat(Arrays.copyOfRange(baked, bakedEnd, baked.length))
                .isEqualTo(Arrays.copyOfRange(image, ihdrEnd, image.length));
    }

    @Test
    void baking_a_baked_image_again_leaves_exactly_one_chunk_with_the_new_text() {
        byte[] once = PngBaking.bake(image, PngBaking.OPEN_BADGES_2, "https://badges.example/a/1");
        byte[] twice = PngBaking.bake(once, PngBaking.OPEN_BADGES_2, ASSERTION);

        assertThat(keywordChunks(twice, "openbadges")).hasSize(1);
        assertThat(PngBaking.unbake(twice, PngBaking.OPEN_BADGES_2)).contains(ASSERTION);
    }

    @Test
    void text_chunks_of_any_kind_with_the_keyword_are_replaced_and_others_are_kept() {
        byte[] crowded = TestPngs.withChunksBeforeEnd(image, TestPngs.text("openbadges", "old"),
                TestPngs.compressedText("openbadges", "older"),
                TestPngs.internationalText("openbadges", "oldest", true),
                TestPngs.text("Software", "Paint"), TestPngs.text("openbadgesX", "unrelated"));

        byte[] baked = PngBaking.bake(crowded, PngBaking.OPEN_BADGES_2, ASSERTION);

        assertThat(keywordChunks(baked, "openbadges")).singleElement()
                .satisfies(chunk -> assertThat(chunk.type()).isEqualTo("iTXt"));
        assertThat(TestPngs.chunks(baked)).map(TestPngs.Chunk::type).containsSubsequence("tEXt", "tEXt")
                .hasSize(TestPngs.chunks(crowded).size() - 2);
        assertThat(PngBaking.unbake(baked, PngBaking.OPEN_BADGES_2)).contains(ASSERTION);
    }

    @Test
    void a_baked_image_decodes_to_the_same_pixels() {
        byte[] baked = PngBaking.bake(image, PngBaking.OPEN_BADGES_2, ASSERTION);

        assertThat(TestPngs.pixels(baked)).isEqualTo(TestPngs.pixels(image));
    }

    @Test
    void imageio_reads_the_baked_chunk_as_uncompressed_international_text() throws Exception {
        byte[] baked = PngBaking.bake(image, PngBaking.OPEN_BADGES_2, ASSERTION);

        ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(baked))) {
            reader.setInput(input);
            Node tree = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode entry = (IIOMetadataNode) ((IIOMetadataNode) tree).getElementsByTagName("iTXtEntry")
                    .item(0);
            assertThat(entry.getAttribute("keyword")).isEqualTo("openbadges");
            assertThat(entry.getAttribute("compressionFlag")).isEqualTo("FALSE");
            assertThat(entry.getAttribute("languageTag")).isEmpty();
            assertThat(entry.getAttribute("translatedKeyword")).isEmpty();
            assertThat(entry.getAttribute("text")).isEqualTo(ASSERTION);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void an_image_without_the_chunk_has_nothing_baked() {
        byte[] withOtherText = TestPngs.withChunksBeforeEnd(image, TestPngs.text("openbadges", "a tEXt chunk"));

        assertThat(PngBaking.unbake(image, PngBaking.OPEN_BADGES_2)).isEmpty();
        assertThat(PngBaking.unbake(withOtherText, PngBaking.OPEN_BADGES_2)).isEmpty();
        assertThat(PngBaking.unbake(PngBaking.bake(image, PngBaking.OPEN_BADGES_3, JWT), PngBaking.OPEN_BADGES_2))
                .isEmpty();
    }

    @Test
    void a_compressed_itxt_made_elsewhere_is_inflated() {
        byte[] png = TestPngs.withChunksBeforeEnd(image, TestPngs.internationalText("openbadges", ASSERTION, true));

        assertThat(PngBaking.unbake(png, PngBaking.OPEN_BADGES_2)).contains(ASSERTION);
    }

    @Test
    void a_compressed_text_that_inflates_past_the_limit_is_refused() {
        byte[] bomb = TestPngs.deflate(new byte[ImageLimits.MAX_TEXT_SIZE + 1]);
        byte[] png = TestPngs.withChunksBeforeEnd(image, TestPngs.internationalTextOf("openbadges", bomb, true));

        assertThat(bomb.length).isLessThan(2_000);
        assertRefused(() -> PngBaking.unbake(png, PngBaking.OPEN_BADGES_2), "inflates to more than");
    }

    @Test
    void corrupt_compressed_text_and_text_that_is_not_utf8_are_refused() {
        byte[] garbage = TestPngs.withChunksBeforeEnd(image,
                TestPngs.internationalTextOf("openbadges", new byte[] {1, 2, 3, 4, 5}, true));
        byte[] cut = TestPngs.deflate(ASSERTION.getBytes(StandardCharsets.UTF_8));
        byte[] incomplete = TestPngs.withChunksBeforeEnd(image,
                TestPngs.internationalTextOf("openbadges", Arrays.copyOf(cut, cut.length / 2), true));
        byte[] latin1 = TestPngs.withChunksBeforeEnd(image,
                TestPngs.internationalTextOf("openbadges", "Zoë".getBytes(StandardCharsets.ISO_8859_1), false));
        byte[] unknownMethod = TestPngs.withChunksBeforeEnd(image,
                TestPngs.chunk("iTXt", "openbadges\0\1\7\0\0x".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] missingSeparators = TestPngs.withChunksBeforeEnd(image,
                TestPngs.chunk("iTXt", "openbadges\0\0\0en".getBytes(StandardCharsets.ISO_8859_1)));

        assertRefused(() -> PngBaking.unbake(garbage, PngBaking.OPEN_BADGES_2), "corrupt");
        assertRefused(() -> PngBaking.unbake(incomplete, PngBaking.OPEN_BADGES_2), "incomplete");
        assertRefused(() -> PngBaking.unbake(latin1, PngBaking.OPEN_BADGES_2), "not valid UTF-8");
        assertRefused(() -> PngBaking.unbake(unknownMethod, PngBaking.OPEN_BADGES_2), "unknown compression");
        assertRefused(() -> PngBaking.unbake(missingSeparators, PngBaking.OPEN_BADGES_2), "separator");
    }

    @Test
    void two_itxt_chunks_with_the_keyword_are_refused_when_reading() {
        byte[] png = TestPngs.withChunksBeforeEnd(image, TestPngs.internationalText("openbadges", "one", false),
                TestPngs.internationalText("openbadges", "two", true));

        assertRefused(() -> PngBaking.unbake(png, PngBaking.OPEN_BADGES_2), "2 iTXt chunks");
        assertThat(PngBaking.unbake(PngBaking.bake(png, PngBaking.OPEN_BADGES_2, "three"), PngBaking.OPEN_BADGES_2))
                .contains("three");
    }

    @Test
    void invalid_keywords_are_refused() {
        for (String keyword : List.of("", " openbadges", "openbadges ", "open  badges", "x".repeat(80),
                "open\nbadges", "badge\u0100", "nul\0")) {
            assertRefused(() -> PngBaking.bake(image, keyword, "text"), "not a valid PNG text keyword");
            assertRefused(() -> PngBaking.unbake(image, keyword), "not a valid PNG text keyword");
        }
        assertThat(PngBaking.unbake(PngBaking.bake(image, "x".repeat(79), "ok"), "x".repeat(79))).contains("ok");
    }

    @Test
    void text_that_cannot_be_baked_is_refused() {
        assertRefused(() -> PngBaking.bake(image, PngBaking.OPEN_BADGES_2, "a\0b"), "NUL");
        assertRefused(() -> PngBaking.bake(image, PngBaking.OPEN_BADGES_2, "lonely \uD800 surrogate"),
                "not valid Unicode");
        String tooLong = "é".repeat(ImageLimits.MAX_TEXT_SIZE / 2 + 1);
        assertRefused(() -> PngBaking.bake(image, PngBaking.OPEN_BADGES_2, tooLong), "longer than");
        assertThat(PngBaking.unbake(PngBaking.bake(image, PngBaking.OPEN_BADGES_2, ""), PngBaking.OPEN_BADGES_2))
                .contains("");
    }

    @Test
    void nulls_are_refused() {
        assertThatNullPointerException().isThrownBy(() -> PngBaking.bake(null, "openbadges", "x"));
        assertThatNullPointerException().isThrownBy(() -> PngBaking.bake(image, null, "x"));
        assertThatNullPointerException().isThrownBy(() -> PngBaking.bake(image, "openbadges", null));
        assertThatNullPointerException().isThrownBy(() -> PngBaking.unbake(null, "openbadges"));
        assertThatNullPointerException().isThrownBy(() -> PngBaking.unbake(image, null));
    }

    private static List<TestPngs.Chunk> keywordChunks(byte[] png, String keyword) {
        byte[] prefix = (keyword + "\0").getBytes(StandardCharsets.ISO_8859_1);
        return TestPngs.chunks(png).stream()
                .filter(chunk -> chunk.data().length >= prefix.length
                        && Arrays.equals(chunk.data(), 0, prefix.length, prefix, 0, prefix.length))
                .toList();
    }

}
