package dev.accolade.adapter.out.openbadges.image;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;

/**
 * A deliberately simple zlib compressor (RFC 1950/1951): one block with the fixed Huffman codes, greedy matches
 * at two distances only (the previous byte and the previous row). Its output depends on nothing but the input,
 * unlike {@link java.util.zip.Deflater}, whose bytes vary with the zlib build the JDK uses.
 */
final class FixedHuffmanZlib {

    private static final int MIN_MATCH = 3;
    private static final int MAX_MATCH = 258;
    private static final int MAX_DISTANCE = 32_768;
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51,
        59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4,
        4, 5, 5, 5, 5, 0};
    private static final int[] DISTANCE_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
        513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    private static final int[] DISTANCE_EXTRA = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9,
        10, 10, 11, 11, 12, 12, 13, 13};
    private static final int END_OF_BLOCK = 256;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int bitBuffer;
    private int bitCount;

    private FixedHuffmanZlib() {
    }

    /**
     * The zlib stream of the data, looking back one byte and one row of {@code rowLength} bytes for repeats.
     */
    static byte[] compress(byte[] data, int rowLength) {
        requireNonNull(data, "data");
        if (rowLength < 1 || rowLength > MAX_DISTANCE) {
            throw new IllegalArgumentException("the row length lies between 1 and " + MAX_DISTANCE);
        }
        FixedHuffmanZlib zlib = new FixedHuffmanZlib();
        zlib.out.write(0x78); // deflate, 32 KiB window
        zlib.out.write(0x01); // no dictionary, fastest; (0x78 << 8 | 0x01) is a multiple of 31
        zlib.writeBits(1, 1); // the final block
        zlib.writeBits(1, 2); // compressed with the fixed codes
        int position = 0;
        while (position < data.length) {
            int run = matchLength(data, position, 1);
            int up = matchLength(data, position, rowLength);
            int length = Math.max(run, up);
            if (length >= MIN_MATCH) {
                zlib.writeMatch(length, up >= run ? rowLength : 1);
                position += length;
            } else {
                zlib.writeSymbol(data[position] & 0xFF);
                position++;
            }
        }
        zlib.writeSymbol(END_OF_BLOCK);
        zlib.flushBits();
        Adler32 adler = new Adler32();
        adler.update(data);
        long checksum = adler.getValue();
        for (int shift = 24; shift >= 0; shift -= 8) {
            zlib.out.write((int) (checksum >>> shift));
        }
        return zlib.out.toByteArray();
    }

    private static int matchLength(byte[] data, int position, int distance) {
        if (position < distance) {
            return 0;
        }
        int limit = Math.min(MAX_MATCH, data.length - position);
        int length = 0;
        while (length < limit && data[position + length] == data[position + length - distance]) {
            length++;
        }
        return length;
    }

    private void writeMatch(int length, int distance) {
        int lengthCode = LENGTH_BASE.length - 1;
        while (LENGTH_BASE[lengthCode] > length) {
            lengthCode--;
        }
        writeSymbol(257 + lengthCode);
        writeBits(length - LENGTH_BASE[lengthCode], LENGTH_EXTRA[lengthCode]);
        int distanceCode = DISTANCE_BASE.length - 1;
        while (DISTANCE_BASE[distanceCode] > distance) {
            distanceCode--;
        }
        writeHuffman(distanceCode, 5);
        writeBits(distance - DISTANCE_BASE[distanceCode], DISTANCE_EXTRA[distanceCode]);
    }

    /** Writes a literal/length symbol with its fixed code (RFC 1951, 3.2.6). */
    private void writeSymbol(int symbol) {
        if (symbol < 144) {
            writeHuffman(0x30 + symbol, 8);
        } else if (symbol < 256) {
            writeHuffman(0x190 + symbol - 144, 9);
        } else if (symbol < 280) {
            writeHuffman(symbol - 256, 7);
        } else {
            writeHuffman(0xC0 + symbol - 280, 8);
        }
    }

    /** Huffman codes are packed starting from their most significant bit. */
    private void writeHuffman(int code, int length) {
        writeBits(Integer.reverse(code) >>> (32 - length), length);
    }

    /** Other values are packed starting from their least significant bit. */
    private void writeBits(int value, int count) {
        bitBuffer |= value << bitCount;
        bitCount += count;
        while (bitCount >= 8) {
            out.write(bitBuffer);
            bitBuffer >>>= 8;
            bitCount -= 8;
        }
    }

    private void flushBits() {
        if (bitCount > 0) {
            out.write(bitBuffer);
        }
        bitBuffer = 0;
        bitCount = 0;
    }
}
