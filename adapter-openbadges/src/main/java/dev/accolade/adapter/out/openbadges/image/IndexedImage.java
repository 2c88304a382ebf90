package dev.accolade.adapter.out.openbadges.image;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A square picture in which every pixel is an index into a palette of up to 256 ARGB colours, drawn with integer
 * arithmetic only (so it comes out the same everywhere), and written as an indexed-colour PNG.
 */
final class IndexedImage {

    private final int size;
    private final int[] palette;
    private final byte[] pixels;

    /** A {@code size}×{@code size} picture filled with palette entry 0. */
    IndexedImage(int size, int[] palette) {
        requireNonNull(palette, "palette");
        if (size < 1 || size > 4096 || palette.length < 1 || palette.length > 256) {
            throw new IllegalArgumentException("a picture is 1 to 4096 pixels square with 1 to 256 colours");
        }
        this.size = size;
        this.palette = palette.clone();
        this.pixels = new byte[size * size];
    }

    /** Paints the pixels whose centres lie within {@code radius} of the picture's centre. */
    void fillCentredCircle(int radius, int colour) {
        requireColour(colour);
        long limit = 4L * radius * radius;
        for (int y = 0; y < size; y++) {
            long dy = 2L * y + 1 - size;
            for (int x = 0; x < size; x++) {
                long dx = 2L * x + 1 - size;
                if (dx * dx + dy * dy <= limit) {
                    pixels[y * size + x] = (byte) colour;
                }
            }
        }
    }

    /** Draws a line of {@link BitmapFont#drawable drawable} text centred across the picture, its top at {@code top}. */
    void drawCentredText(String drawable, int top, int scale, int colour) {
        requireColour(colour);
        int left = (size - BitmapFont.width(drawable, scale)) / 2;
        for (int i = 0; i < drawable.length(); i++) {
            char c = drawable.charAt(i);
            int glyphLeft = left + i * BitmapFont.ADVANCE * scale;
            for (int row = 0; row < BitmapFont.GLYPH_HEIGHT; row++) {
                for (int column = 0; column < BitmapFont.GLYPH_WIDTH; column++) {
                    if (BitmapFont.isSet(c, column, row)) {
                        fillSquare(glyphLeft + column * scale, top + row * scale, scale, colour);
                    }
                }
            }
        }
    }

    /** The picture as a PNG: IHDR, PLTE, tRNS, one IDAT, IEND. */
    byte[] toPng() {
        byte[] header = new byte[13];
        putInt(header, 0, size);
        putInt(header, 4, size);
        header[8] = 8; // bits per index
        header[9] = 3; // indexed colour
        byte[] rgb = new byte[palette.length * 3];
        byte[] alpha = new byte[palette.length];
        for (int i = 0; i < palette.length; i++) {
            rgb[3 * i] = (byte) (palette[i] >>> 16);
            rgb[3 * i + 1] = (byte) (palette[i] >>> 8);
            rgb[3 * i + 2] = (byte) palette[i];
            alpha[i] = (byte) (palette[i] >>> 24);
        }
        ByteArrayOutputStream rows = new ByteArrayOutputStream(size * (size + 1));
        for (int y = 0; y < size; y++) {
            rows.write(0); // filter: none
            rows.write(pixels, y * size, size);
        }
        return PngWriter.write(List.of(new PngChunk("IHDR", header), new PngChunk("PLTE", rgb),
                new PngChunk("tRNS", alpha), new PngChunk("IDAT", FixedHuffmanZlib.compress(rows.toByteArray(),
                        size + 1)), new PngChunk("IEND", new byte[0])));
    }

    private void fillSquare(int left, int top, int side, int colour) {
        for (int y = Math.max(0, top); y < Math.min(size, top + side); y++) {
            for (int x = Math.max(0, left); x < Math.min(size, left + side); x++) {
                pixels[y * size + x] = (byte) colour;
            }
        }
    }

    private void requireColour(int colour) {
        if (colour < 0 || colour >= palette.length) {
            throw new IllegalArgumentException("colour " + colour + " is not in the palette");
        }
    }

    private static void putInt(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) (value >>> 24);
        bytes[offset + 1] = (byte) (value >>> 16);
        bytes[offset + 2] = (byte) (value >>> 8);
        bytes[offset + 3] = (byte) value;
    }
}
