package dev.accolade.adapter.out.openbadges.image;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bakes text into a PNG as one uncompressed {@code iTXt} chunk right after IHDR, and reads it back: the
 * Open Badges way of carrying an assertion (keyword {@value #OPEN_BADGES_2}) or a credential (keyword
 * {@value #OPEN_BADGES_3}) inside the badge image.
 */
public final class PngBaking {

    /** The Open Badges 2.0 keyword; the text is the assertion JSON, or its URL, or a signed assertion. */
    public static final String OPEN_BADGES_2 = "openbadges";

    /** The Open Badges 3.0 keyword; the text is the credential JSON or a VC-JWT. */
    public static final String OPEN_BADGES_3 = "openbadgecredential";

    private PngBaking() {
    }

    /**
     * The PNG with the text baked under the keyword: every {@code iTXt}, {@code tEXt} or {@code zTXt} chunk with
     * that keyword is dropped and one uncompressed {@code iTXt} chunk is placed right after IHDR; other chunks
     * are kept as they are.
     *
     * @throws IllegalArgumentException when the PNG is malformed or too large, the keyword is not a valid PNG
     *     keyword, or the text is too large, contains NUL, or is not valid Unicode
     */
    public static byte[] bake(byte[] png, String keyword, String text) {
        requireNonNull(png, "png");
        requireNonNull(text, "text");
        byte[] keywordPrefix = PngTextChunks.keywordPrefix(keyword);
        PngChunk baked = PngTextChunks.uncompressedItxt(keywordPrefix, text);
        List<PngChunk> chunks = PngReader.read(png);
        List<PngChunk> result = new ArrayList<>(chunks.size() + 1);
        result.add(chunks.get(0));
        result.add(baked);
        for (PngChunk chunk : chunks.subList(1, chunks.size())) {
            if (!PngTextChunks.isTextWithKeyword(chunk, keywordPrefix)) {
                result.add(chunk);
            }
        }
        return PngWriter.write(result);
    }

    /**
     * The text of the {@code iTXt} chunk with the keyword, inflated if it is compressed; empty when there is none.
     *
     * @throws IllegalArgumentException when the PNG is malformed or too large, has more than one such chunk, or
     *     the chunk is malformed, inflates past the limit, or is not UTF-8
     */
    public static Optional<String> unbake(byte[] png, String keyword) {
        requireNonNull(png, "png");
        byte[] keywordPrefix = PngTextChunks.keywordPrefix(keyword);
        List<PngChunk> matching = PngReader.read(png).stream()
                .filter(chunk -> PngTextChunks.isItxtWithKeyword(chunk, keywordPrefix))
                .toList();
        if (matching.size() > 1) {
            throw new IllegalArgumentException("the PNG has " + matching.size() + " iTXt chunks with the keyword '"
                    + keyword + "'");
        }
        return matching.stream().findFirst().map(chunk -> PngTextChunks.itxtText(chunk, keywordPrefix));
    }
}
