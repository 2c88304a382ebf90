package dev.accolade.adapter.out.openbadges.image;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Inflates a zlib stream, refusing it as soon as the output would pass a limit (no decompression bombs). */
final class BoundedInflater {

    private BoundedInflater() {
    }

    /**
     * The inflated bytes of a complete zlib stream.
     *
     * @throws IllegalArgumentException when the stream is corrupt, incomplete, or inflates past {@code maxBytes}
     */
    static byte[] inflate(byte[] compressed, int offset, int length, int maxBytes) {
        requireNonNull(compressed, "compressed");
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed, offset, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int inflated = inflater.inflate(buffer);
                if (inflated == 0 && !inflater.finished()) {
                    throw new IllegalArgumentException("the compressed text is incomplete or needs a dictionary");
                }
                if (out.size() + inflated > maxBytes) {
                    throw new IllegalArgumentException("the compressed text inflates to more than " + maxBytes
                            + " bytes");
                }
                out.write(buffer, 0, inflated);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("the compressed text is corrupt", e);
        } finally {
            inflater.end();
        }
    }
}
