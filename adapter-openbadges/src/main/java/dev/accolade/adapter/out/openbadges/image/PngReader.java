package dev.accolade.adapter.out.openbadges.image;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/** Splits a PNG into its chunks, checking the signature, every length and CRC, and the IHDR…IEND framing. */
final class PngReader {

    /** The eight bytes every PNG starts with. */
    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private static final int IHDR_LENGTH = 13;
    private static final int CHUNK_OVERHEAD = 12; // length, type and CRC, four bytes each

    private PngReader() {
    }

    /**
     * The chunks of the PNG, in file order, IHDR first and IEND last.
     *
     * @throws IllegalArgumentException when the bytes are not a well-framed PNG within the limits
     */
    static List<PngChunk> read(byte[] png) {
        requireNonNull(png, "png");
        if (png.length > ImageLimits.MAX_IMAGE_SIZE) {
            throw new IllegalArgumentException("the PNG is larger than " + ImageLimits.MAX_IMAGE_SIZE + " bytes");
        }
        if (png.length < SIGNATURE.length
                || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new IllegalArgumentException("not a PNG: the signature is missing");
        }
        List<PngChunk> chunks = new ArrayList<>();
        int position = SIGNATURE.length;
        while (position < png.length) {
            if (chunks.size() == ImageLimits.MAX_PNG_CHUNKS) {
                throw new IllegalArgumentException("the PNG has more than " + ImageLimits.MAX_PNG_CHUNKS + " chunks");
            }
            if (!chunks.isEmpty() && "IEND".equals(chunks.get(chunks.size() - 1).type())) {
                throw new IllegalArgumentException("the PNG has data after its IEND chunk");
            }
            PngChunk chunk = readChunk(png, position);
            chunks.add(chunk);
            position += CHUNK_OVERHEAD + chunk.length();
        }
        checkFraming(chunks);
        return chunks;
    }

    private static PngChunk readChunk(byte[] png, int position) {
        if (png.length - position < CHUNK_OVERHEAD) {
            throw new IllegalArgumentException("the PNG is truncated: a chunk header is cut off at byte " + position);
        }
        long length = readUnsignedInt(png, position);
        if (length > png.length - position - (long) CHUNK_OVERHEAD) {
            throw new IllegalArgumentException("the PNG is truncated or corrupt: the chunk at byte " + position
                    + " declares " + length + " bytes, more than remain");
        }
        int dataStart = position + 8;
        int dataEnd = dataStart + (int) length;
        for (int i = position + 4; i < dataStart; i++) {
            if (!PngChunk.isAsciiLetter(png[i] & 0xFF)) {
                throw new IllegalArgumentException("the PNG is corrupt: the chunk at byte " + position
                        + " has an invalid type");
            }
        }
        CRC32 crc = new CRC32();
        crc.update(png, position + 4, 4 + (int) length);
        if (crc.getValue() != readUnsignedInt(png, dataEnd)) {
            throw new IllegalArgumentException("the PNG is corrupt: the CRC of the chunk at byte " + position
                    + " does not match");
        }
        String type = new String(png, position + 4, 4, StandardCharsets.US_ASCII);
        return new PngChunk(type, Arrays.copyOfRange(png, dataStart, dataEnd));
    }

    private static void checkFraming(List<PngChunk> chunks) {
        if (chunks.isEmpty() || !"IHDR".equals(chunks.get(0).type()) || chunks.get(0).length() != IHDR_LENGTH) {
            throw new IllegalArgumentException("the PNG does not start with a valid IHDR chunk");
        }
        if (!"IEND".equals(chunks.get(chunks.size() - 1).type())) {
            throw new IllegalArgumentException("the PNG is truncated: it does not end with an IEND chunk");
        }
        for (int i = 1; i < chunks.size(); i++) {
            if ("IHDR".equals(chunks.get(i).type())) {
                throw new IllegalArgumentException("the PNG has more than one IHDR chunk");
            }
        }
    }

    private static long readUnsignedInt(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xFFL) << 24) | ((bytes[offset + 1] & 0xFFL) << 16)
                | ((bytes[offset + 2] & 0xFFL) << 8) | (bytes[offset + 3] & 0xFFL);
    }
}
