package dev.accolade.adapter.out.openbadges.image;

import static dev.accolade.adapter.out.openbadges.image.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedPngTest {

    private final byte[] image = PngBaking.bake(TestPngs.sampleImage(), PngBaking.OPEN_BADGES_2, "{\"id\":1}");

    @Test
    void a_wrong_crc_is_refused() {
        byte[] corrupt = image.clone();
        corrupt[8 + 8 + 13] ^= 0x01; // the first byte of IHDR's CRC

        assertBothRefuse(corrupt, "CRC");
    }

    @Test
    void a_changed_data_byte_is_caught_by_the_crc() {
        byte[] corrupt = image.clone();
        corrupt[8 + 8 + 2] ^= 0x40; // inside IHDR's width

        assertBothRefuse(corrupt, "CRC");
    }

    @ParameterizedTest
    @ValueSource(ints = {14, 12, 1, 0})
    void a_shortened_length_is_refused(int length) {
        byte[] corrupt = image.clone();
        ByteBuffer.wrap(corrupt).putInt(8, length); // IHDR says 13

        assertThat(catchThrowable(() -> PngBaking.unbake(corrupt, PngBaking.OPEN_BADGES_2)))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(() -> PngBaking.bake(corrupt, PngBaking.OPEN_BADGES_2, "x")))
                .isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 6 * 1024 * 1024, 100_000})
    void a_chunk_length_past_the_end_of_the_file_is_refused(int length) {
        byte[] corrupt = image.clone();
        ByteBuffer.wrap(corrupt).putInt(8 + 25, length); // the baked iTXt chunk, right after IHDR

        assertBothRefuse(corrupt, "more than remain");
    }

    @Test
    void every_truncation_is_refused() {
        for (int length = 0; length < image.length; length++) {
            byte[] truncated = Arrays.copyOf(image, length);

            assertThat(catchThrowable(() -> PngBaking.unbake(truncated, PngBaking.OPEN_BADGES_2)))
                    .as("cut to %d bytes", length).isExactlyInstanceOf(IllegalArgumentException.class);
            assertThat(catchThrowable(() -> PngBaking.bake(truncated, PngBaking.OPEN_BADGES_2, "x")))
                    .as("cut to %d bytes", length).isExactlyInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void random_damage_is_either_refused_or_harmless() {
        Random random = new Random(20240601L);
        for (int round = 0; round < 3_000; round++) {
            byte[] damaged = image.clone();
            for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
            }
            Throwable thrown = catchThrowable(() -> PngBaking.unbake(damaged, PngBaking.OPEN_BADGES_2));
            if (thrown != null) {
                assertThat(thrown).isExactlyInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Test
    void something_that_is_not_a_png_is_refused() {
        assertBothRefuse(new byte[0], "signature");
        assertBothRefuse("GIF89a, honestly".getBytes(StandardCharsets.US_ASCII), "signature");
        assertBothRefuse(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'},
                "signature");
        assertBothRefuse(Arrays.copyOf(TestPngs.SIGNATURE, 7), "signature");
    }

    @Test
    void only_the_signature_is_refused() {
        assertBothRefuse(TestPngs.SIGNATURE.clone(), "IHDR");
    }

    @Test
    void a_png_not_starting_with_ihdr_is_refused() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(TestPngs.SIGNATURE);
        png.writeBytes(TestPngs.text("Comment", "first"));
        png.write(image, 8, image.length - 8);

        assertBothRefuse(png.toByteArray(), "IHDR");
    }

    @Test
    void data_after_iend_is_refused() {
        byte[] trailing = Arrays.copyOf(image, image.length + 4);

        assertBothRefuse(trailing, "IEND");
        assertBothRefuse(TestPngs.concat(image, TestPngs.text("Comment", "after the end")), "after its IEND");
    }

    @Test
    void an_invalid_chunk_type_is_refused() {
        byte[] png = TestPngs.withChunksBeforeEnd(image, TestPngs.chunk("t3Xt", new byte[] {1}));

        assertBothRefuse(png, "invalid type");
    }

    @Test
    void more_chunks_than_the_limit_are_refused() {
        byte[] comment = TestPngs.text("c", "");
        byte[][] many = new byte[ImageLimits.MAX_PNG_CHUNKS][];
        Arrays.fill(many, comment);

        assertBothRefuse(TestPngs.withChunksBeforeEnd(image, many), "more than " + ImageLimits.MAX_PNG_CHUNKS);
        assertThat(PngBaking.unbake(TestPngs.withChunksBeforeEnd(image,
                Arrays.copyOf(many, ImageLimits.MAX_PNG_CHUNKS - 4)), PngBaking.OPEN_BADGES_2)).isPresent();
    }

    @Test
    void an_image_larger_than_the_limit_is_refused_before_it_is_read() {
        byte[] huge = Arrays.copyOf(image, ImageLimits.MAX_IMAGE_SIZE + 1);

        assertBothRefuse(huge, "larger than");
    }

    private static void assertBothRefuse(byte[] png, String message) {
        assertRefused(() -> PngBaking.unbake(png, PngBaking.OPEN_BADGES_2), message);
        assertRefused(() -> PngBaking.bake(png, PngBaking.OPEN_BADGES_2, "x"), message);
    }
}
