package dev.accolade.adapter.out.openbadges.image;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * What a default badge shows, decided once for both the SVG and the PNG: the cleaned-up title and issuer, the
 * title's initials, and colours picked by a hash of the title.
 *
 * @param title the title, whitespace collapsed, characters XML does not allow replaced
 * @param issuer the issuer's name, cleaned up the same way; may be empty
 * @param initials the capitalized first letters of the title's first two words, or of its only word
 * @param fill the RGB colour inside the ring
 * @param ring the RGB colour of the ring, a darker shade of the fill
 * @param accent the RGB colour of the issuer line and inner line, a light tint of the fill
 */
record BadgeDesign(String title, String issuer, String initials, int fill, int ring, int accent) {

    /** The fill colours, all dark enough for white text. */
    private static final int[] FILLS = {0x1F5F99, 0x2E7D32, 0x6A1B9A, 0xB71C1C, 0xAD1457, 0x00695C, 0x4527A0,
        0x283593, 0xBF5B04, 0x5D4037, 0x37474F, 0x0277BD, 0x558B2F, 0x8E244D};

    private static final int MAX_INITIALS = 3;

    /** Checks every part is present. */
    BadgeDesign {
        requireNonNull(title, "title");
        requireNonNull(issuer, "issuer");
        requireNonNull(initials, "initials");
    }

    /**
     * The design for a template's title and issuer name.
     *
     * @throws IllegalArgumentException when the title is blank
     */
    static BadgeDesign of(String title, String issuer) {
        requireNonNull(title, "title");
        requireNonNull(issuer, "issuer");
        String cleanTitle = clean(title);
        if (cleanTitle.isEmpty()) {
            throw new IllegalArgumentException("a default badge image needs a title");
        }
        CRC32 hash = new CRC32();
        hash.update(cleanTitle.getBytes(StandardCharsets.UTF_8));
        int fill = FILLS[(int) (hash.getValue() % FILLS.length)];
        return new BadgeDesign(cleanTitle, clean(issuer), initials(cleanTitle), fill, mix(fill, 0x000000, 30),
                mix(fill, 0xFFFFFF, 75));
    }

    /** The text cut to at most {@code max} characters (code points), ending with an ellipsis when it was cut. */
    static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)).strip() + BitmapFont.ELLIPSIS;
    }

    private static String clean(String text) {
        return XmlText.replaceNonXmlCharacters(text).replaceAll("[\\s\\p{Z}\\p{Cc}]+", " ").strip();
    }

    private static String initials(String title) {
        List<String> words = Arrays.stream(title.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty())
                .toList();
        String letters;
        if (words.isEmpty()) {
            letters = firstCodePoints(title, 1);
        } else if (words.size() == 1) {
            letters = firstCodePoints(words.get(0), 2);
        } else {
            letters = firstCodePoints(words.get(0), 1) + firstCodePoints(words.get(1), 1);
        }
        String upper = letters.toUpperCase(Locale.ROOT);
        return upper.codePointCount(0, upper.length()) <= MAX_INITIALS
                ? upper : upper.substring(0, upper.offsetByCodePoints(0, MAX_INITIALS));
    }

    private static String firstCodePoints(String text, int count) {
        return text.substring(0, text.offsetByCodePoints(0, Math.min(count, text.codePointCount(0, text.length()))));
    }

    /** The colour {@code percent} per cent of the way from {@code from} to {@code to}, channel by channel. */
    private static int mix(int from, int to, int percent) {
        int mixed = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int a = from >>> shift & 0xFF;
            int b = to >>> shift & 0xFF;
            mixed |= (a + (b - a) * percent / 100) << shift;
        }
        return mixed;
    }
}
