package dev.accolade.adapter.out.openbadges.image;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One chunk of a PNG: its four-letter type and its data (length and CRC are derived when written).
 *
 * @param type the chunk type, such as {@code IHDR} or {@code iTXt}
 * @param data the chunk data; copied in and out, so a chunk never changes
 */
record PngChunk(String type, byte[] data) {

    /** Checks the type is four ASCII letters and takes a copy of the data. */
    PngChunk {
        requireNonNull(type, "type");
        requireNonNull(data, "data");
        if (type.length() != 4 || !type.chars().allMatch(PngChunk::isAsciiLetter)) {
            throw new IllegalArgumentException("a PNG chunk type is four ASCII letters");
        }
        data = data.clone();
    }

    /** A copy of the data. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The number of data bytes. */
    int length() {
        return data.length;
    }

    /** The type as the four bytes that precede the data in the file. */
    byte[] typeBytes() {
        return type.getBytes(StandardCharsets.US_ASCII);
    }

    /** Whether the data starts with the given bytes. */
    boolean dataStartsWith(byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PngChunk chunk && type.equals(chunk.type) && Arrays.equals(data, chunk.data);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return type + "[" + data.length + " bytes]";
    }

    static boolean isAsciiLetter(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
