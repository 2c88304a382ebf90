package dev.accolade.adapter.out.openbadges.image;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** The PNG text chunks: keyword checks, writing an uncompressed {@code iTXt} chunk, and reading one back. */
final class PngTextChunks {

    /** The international text chunk: UTF-8 text, optionally compressed. */
    private static final String ITXT = "iTXt";

    private static final Set<String> TEXT_TYPES = Set.of("tEXt", "zTXt", ITXT);
    private static final int MAX_KEYWORD_LENGTH = 79;
    private static final int UNCOMPRESSED = 0;
    private static final int COMPRESSED = 1;
    private static final int DEFLATE = 0;

    private PngTextChunks() {
    }

    /**
     * The Latin-1 bytes of a keyword followed by the NUL separator that ends it in a chunk.
     *
     * @throws IllegalArgumentException when the keyword is not 1–79 printable Latin-1 characters without
     *     leading, trailing or consecutive spaces
     */
    static byte[] keywordPrefix(String keyword) {
        requireNonNull(keyword, "keyword");
        boolean printable = keyword.chars().allMatch(c -> (c >= 0x20 && c <= 0x7E) || (c >= 0xA1 && c <= 0xFF));
        if (keyword.isEmpty() || keyword.length() > MAX_KEYWORD_LENGTH || !printable
                || keyword.startsWith(" ") || keyword.endsWith(" ") || keyword.contains("  ")) {
            throw new IllegalArgumentException("'" + keyword + "' is not a valid PNG text keyword");
        }
        byte[] latin1 = keyword.getBytes(StandardCharsets.ISO_8859_1);
        byte[] prefix = new byte[latin1.length + 1];
        System.arraycopy(latin1, 0, prefix, 0, latin1.length);
        return prefix;
    }

    /** Whether the chunk is a {@code tEXt}, {@code zTXt} or {@code iTXt} chunk with this keyword. */
    static boolean isTextWithKeyword(PngChunk chunk, byte[] keywordPrefix) {
        return TEXT_TYPES.contains(chunk.type()) && chunk.dataStartsWith(keywordPrefix);
    }

    /** Whether the chunk is an {@code iTXt} chunk with this keyword. */
    static boolean isItxtWithKeyword(PngChunk chunk, byte[] keywordPrefix) {
        return ITXT.equals(chunk.type()) && chunk.dataStartsWith(keywordPrefix);
    }

    /**
     * An uncompressed {@code iTXt} chunk: keyword, flag 0, method 0, no language tag, no translated keyword,
     * and the text in UTF-8.
     *
     * @throws IllegalArgumentException when the text is not valid Unicode, contains NUL, or is too large
     */
    static PngChunk uncompressedItxt(byte[] keywordPrefix, String text) {
        requireNonNull(text, "text");
        if (text.length() > ImageLimits.MAX_TEXT_SIZE) {
            throw new IllegalArgumentException("the text is longer than " + ImageLimits.MAX_TEXT_SIZE + " bytes");
        }
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("the text contains a NUL character");
        }
        byte[] utf8 = Utf8.encode(text, "the text");
        if (utf8.length > ImageLimits.MAX_TEXT_SIZE) {
            throw new IllegalArgumentException("the text is longer than " + ImageLimits.MAX_TEXT_SIZE + " bytes");
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream(keywordPrefix.length + 4 + utf8.length);
        data.writeBytes(keywordPrefix);
        data.write(UNCOMPRESSED);
        data.write(DEFLATE);
        data.write(0); // empty language tag
        data.write(0); // empty translated keyword
        data.writeBytes(utf8);
        return new PngChunk(ITXT, data.toByteArray());
    }

    /**
     * The text of an {@code iTXt} chunk whose data starts with this keyword, inflated if it is compressed.
     *
     * @throws IllegalArgumentException when the chunk is malformed, uses an unknown compression, inflates past
     *     the limit, or is not UTF-8
     */
    static String itxtText(PngChunk chunk, byte[] keywordPrefix) {
        byte[] data = chunk.data();
        int flags = keywordPrefix.length;
        if (data.length < flags + 2) {
            throw new IllegalArgumentException("the iTXt chunk is cut short");
        }
        int compression = data[flags];
        int method = data[flags + 1];
        int languageEnd = indexOfNul(data, flags + 2);
        int translatedEnd = indexOfNul(data, languageEnd + 1);
        int textStart = translatedEnd + 1;
        if (compression == UNCOMPRESSED) {
            return Utf8.decode(data, textStart, data.length - textStart, "the iTXt text");
        }
        if (compression != COMPRESSED || method != DEFLATE) {
            throw new IllegalArgumentException("the iTXt chunk uses an unknown compression");
        }
        byte[] inflated = BoundedInflater.inflate(data, textStart, data.length - textStart,
                ImageLimits.MAX_TEXT_SIZE);
        return Utf8.decode(inflated, 0, inflated.length, "the iTXt text");
    }

    private static int indexOfNul(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("the iTXt chunk is missing a separator");
    }
}
