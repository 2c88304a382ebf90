package dev.accolade.adapter.out.openbadges.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** PNG bytes for tests, built and taken apart here independently of the code under test. */
final class TestPngs {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** One chunk as read from a file. */
    record Chunk(String type, byte[] data) {
    }

    private TestPngs() {
    }

    /** A small RGBA image with varied pixels, written by ImageIO. */
    static byte[] sampleImage() {
        BufferedImage image = new BufferedImage(17, 11, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, (x * 15) << 24 | (y * 23) << 16 | (x * y) << 8 | (x + y) * 7);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The ARGB value of every pixel, row by row, as ImageIO decodes the PNG. */
    static int[] pixels(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chunks of a well-formed PNG. */
    static List<Chunk> chunks(byte[] png) {
        ByteBuffer buffer = ByteBuffer.wrap(png, SIGNATURE.length, png.length - SIGNATURE.length);
        List<Chunk> chunks = new ArrayList<>();
        while (buffer.hasRemaining()) {
            byte[] data = new byte[buffer.getInt()];
            byte[] type = new byte[4];
            buffer.get(type).get(data).getInt();
            chunks.add(new Chunk(new String(type, StandardCharsets.US_ASCII), data));
        }
        return chunks;
    }

    /** The PNG with these chunks inserted right before IEND. */
    static byte[] withChunksBeforeEnd(byte[] png, byte[]... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, png.length - 12);
        for (byte[] chunk : chunks) {
            out.writeBytes(chunk);
        }
        out.write(png, png.length - 12, 12);
        return out.toByteArray();
    }

    /** The byte arrays one after the other. */
    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A chunk as it appears in a file: length, type, data, CRC. */
    static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** A {@code tEXt} chunk. */
    static byte[] text(String keyword, String text) {
        return chunk("tEXt", (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A {@code zTXt} chunk. */
    static byte[] compressedText(String keyword, String text) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes((keyword + "\0").getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);
        data.writeBytes(deflate(text.getBytes(StandardCharsets.ISO_8859_1)));
        return chunk("zTXt", data.toByteArray());
    }

    /** An {@code iTXt} chunk, compressed or not. */
    static byte[] internationalText(String keyword, String text, boolean compressed) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return internationalTextOf(keyword, compressed ? deflate(utf8) : utf8, compressed);
    }

    /** An {@code iTXt} chunk carrying these text bytes as they are. */
    static byte[] internationalTextOf(String keyword, byte[] textBytes, boolean compressed) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes((keyword + "\0").getBytes(StandardCharsets.ISO_8859_1));
        data.write(compressed ? 1 : 0);
        data.write(0);
        data.writeBytes("en\0Open Badges\0".getBytes(StandardCharsets.UTF_8));
        data.writeBytes(textBytes);
        return chunk("iTXt", data.toByteArray());
    }

    /** The zlib stream of the bytes. */
    static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }
}
