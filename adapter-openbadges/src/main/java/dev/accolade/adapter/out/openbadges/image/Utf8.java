package dev.accolade.adapter.out.openbadges.image;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Strict UTF-8: text with an unpaired surrogate, or bytes that are not UTF-8, are refused rather than replaced. */
final class Utf8 {

    private Utf8() {
    }

    /**
     * The UTF-8 bytes of the text.
     *
     * @throws IllegalArgumentException when the text is not valid Unicode (an unpaired surrogate)
     */
    static byte[] encode(String text, String what) {
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            return Arrays.copyOfRange(bytes.array(), bytes.arrayOffset() + bytes.position(),
                    bytes.arrayOffset() + bytes.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(what + " is not valid Unicode text", e);
        }
    }

    /**
     * The text these UTF-8 bytes spell.
     *
     * @throws IllegalArgumentException when the bytes are not valid UTF-8
     */
    static String decode(byte[] bytes, int offset, int length, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(what + " is not valid UTF-8", e);
        }
    }
}
