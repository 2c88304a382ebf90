package dev.accolade.adapter.out.openbadges.image;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.CRC32;

/** Writes chunks as a PNG: the signature, then each chunk with its length and CRC. */
final class PngWriter {

    private PngWriter() {
    }

    /** The PNG made of these chunks, in this order. */
    static byte[] write(List<PngChunk> chunks) {
        requireNonNull(chunks, "chunks");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(PngReader.SIGNATURE);
        for (PngChunk chunk : chunks) {
            byte[] type = chunk.typeBytes();
            byte[] data = chunk.data();
            CRC32 crc = new CRC32();
            crc.update(type);
            crc.update(data);
            writeInt(out, data.length);
            out.writeBytes(type);
            out.writeBytes(data);
            writeInt(out, (int) crc.getValue());
        }
        return out.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }
}
