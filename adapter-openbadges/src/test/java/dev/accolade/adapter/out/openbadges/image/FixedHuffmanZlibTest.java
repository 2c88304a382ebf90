package dev.accolade.adapter.out.openbadges.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FixedHuffmanZlibTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 257, 258, 259, 1_000, 70_000})
    void random_bytes_inflate_back_exactly(int length) {
        byte[] data = new byte[length];
        new Random(length).nextBytes(data);

        assertThat(inflate(FixedHuffmanZlib.compress(data, 17), length)).isEqualTo(data);
    }

    @Test
    void runs_and_repeated_rows_inflate_back_exactly_and_compress_well() {
        int row = 257;
        byte[] data = new byte[row * 256];
        Random random = new Random(1);
        for (int i = 0; i < data.length; i++) {
            data[i] = i % row < 40 ? 0 : (byte) (i / 700 + (random.nextInt(50) == 0 ? 1 : 0));
        }

        byte[] compressed = FixedHuffmanZlib.compress(data, row);

        assertThat(inflate(compressed, data.length)).isEqualTo(data);
        assertThat(compressed.length).isLessThan(data.length / 10);
    }

    @Test
    void every_match_length_and_both_distances_are_encoded_correctly() {
        for (int run = 1; run <= 600; run++) {
            byte[] data = new byte[run + 2];
            data[0] = 9;
            data[data.length - 1] = 7;
            for (int i = 1; i <= run; i++) {
                data[i] = 5;
            }
            assertThat(inflate(FixedHuffmanZlib.compress(data, 1 + run % 300), data.length)).as("run %d", run)
                    .isEqualTo(data);
        }
    }

    private static byte[] inflate(byte[] compressed, int length) {
        return BoundedInflater.inflate(compressed, 0, compressed.length, Math.max(length, 1));
    }
}
