package dev.accolade.adapter.out.openbadges.image;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A built-in 5×7 pixel font (capital letters, digits and some punctuation), so that drawing text needs no system
 * font and gives the same pixels on every machine. Each glyph is written below as seven rows of five pixels.
 */
final class BitmapFont {

    /** Pixels across a glyph. */
    static final int GLYPH_WIDTH = 5;

    /** Pixels down a glyph. */
    static final int GLYPH_HEIGHT = 7;

    /** Pixels from one glyph to the next: the glyph and one blank column. */
    static final int ADVANCE = GLYPH_WIDTH + 1;

    /** The neutral glyph drawn for a character the font does not have: a small diamond. */
    static final char FALLBACK = '\u25C6';

    /** The glyph that ends a shortened line. */
    static final char ELLIPSIS = '\u2026';

    private static final String GLYPHS = """
            A .###. #...# #...# ##### #...# #...# #...#
            B ####. #...# #...# ####. #...# #...# ####.
            C .###. #...# #.... #.... #.... #...# .###.
            D ####. #...# #...# #...# #...# #...# ####.
            E ##### #.... #.... ####. #.... #.... #####
            F ##### #.... #.... ####. #.... #.... #....
            G .###. #...# #.... #.### #...# #...# .####
            H #...# #...# #...# ##### #...# #...# #...#
            I .###. ..#.. ..#.. ..#.. ..#.. ..#.. .###.
            J ..### ...#. ...#. ...#. ...#. #..#. .##..
            K #...# #..#. #.#.. ##... #.#.. #..#. #...#
            L #.... #.... #.... #.... #.... #.... #####
            M #...# ##.## #.#.# #.#.# #...# #...# #...#
            N #...# #...# ##..# #.#.# #..## #...# #...#
            O .###. #...# #...# #...# #...# #...# .###.
            P ####. #...# #...# ####. #.... #.... #....
            Q .###. #...# #...# #...# #.#.# #..#. .##.#
            R ####. #...# #...# ####. #.#.. #..#. #...#
            S .#### #.... #.... .###. ....# ....# ####.
            T ##### ..#.. ..#.. ..#.. ..#.. ..#.. ..#..
            U #...# #...# #...# #...# #...# #...# .###.
            V #...# #...# #...# #...# #...# .#.#. ..#..
            W #...# #...# #...# #.#.# #.#.# #.#.# .#.#.
            X #...# #...# .#.#. ..#.. .#.#. #...# #...#
            Y #...# #...# .#.#. ..#.. ..#.. ..#.. ..#..
            Z ##### ....# ...#. ..#.. .#... #.... #####
            0 .###. #...# #..## #.#.# ##..# #...# .###.
            1 ..#.. .##.. ..#.. ..#.. ..#.. ..#.. .###.
            2 .###. #...# ....# ...#. ..#.. .#... #####
            3 ##### ...#. ..#.. ...#. ....# #...# .###.
            4 ...#. ..##. .#.#. #..#. ##### ...#. ...#.
            5 ##### #.... ####. ....# ....# #...# .###.
            6 ..##. .#... #.... ####. #...# #...# .###.
            7 ##### ....# ...#. ..#.. .#... .#... .#...
            8 .###. #...# #...# .###. #...# #...# .###.
            9 .###. #...# #...# .#### ....# ...#. .##..
            . ..... ..... ..... ..... ..... .##.. .##..
            , ..... ..... ..... ..... .##.. ..#.. .#...
            : ..... .##.. .##.. ..... .##.. .##.. .....
            - ..... ..... ..... .###. ..... ..... .....
            + ..... ..#.. ..#.. ##### ..#.. ..#.. .....
            ' ..#.. ..#.. .#... ..... ..... ..... .....
            " .#.#. .#.#. ..... ..... ..... ..... .....
            ! ..#.. ..#.. ..#.. ..#.. ..#.. ..... ..#..
            ? .###. #...# ....# ...#. ..#.. ..... ..#..
            / ..... ....# ...#. ..#.. .#... #.... .....
            ( ...#. ..#.. .#... .#... .#... ..#.. ...#.
            ) .#... ..#.. ...#. ...#. ...#. ..#.. .#...
            & .##.. #..#. #.#.. .#... #.#.# #..#. .##.#
            # .#.#. .#.#. ##### .#.#. ##### .#.#. .#.#.
            < ...#. ..#.. .#... #.... .#... ..#.. ...#.
            > .#... ..#.. ...#. ....# ...#. ..#.. .#...
            = ..... ..... ##### ..... ##### ..... .....
            * ..... #.#.# .###. ##### .###. #.#.# .....
            % ##... ##..# ...#. ..#.. .#... #..## ...##
            \u2026 ..... ..... ..... ..... ..... ..... #.#.#
            \u25C6 ..... ..#.. .###. ##### .###. ..#.. .....
            """;

    private static final Map<Character, Character> ALIASES = Map.of(
            '\u2018', '\'', '\u2019', '\'', '\u201C', '"', '\u201D', '"', '\u2013', '-', '\u2014', '-',
            '_', '-', '\u00B7', '.', '\u2022', '.');

    private static final Map<Character, Long> BITMAPS = parse(GLYPHS);

    private BitmapFont() {
    }

    /**
     * The text as the font can draw it: capitals, accents and compatibility forms folded ({@code é} → {@code E},
     * {@code ﬁ} → {@code FI}), typographic quotes and dashes simplified, and every other character but the space
     * replaced by {@link #FALLBACK}. One char per glyph.
     */
    static String drawable(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> {
            char simple = c <= Character.MAX_VALUE ? ALIASES.getOrDefault((char) c, (char) c) : FALLBACK;
            out.append(simple == ' ' || BITMAPS.containsKey(simple) ? simple : FALLBACK);
        });
        return out.toString();
    }

    /** Whether the pixel at {@code column}, {@code row} of the glyph for this character is set. */
    static boolean isSet(char c, int column, int row) {
        long bitmap = BITMAPS.getOrDefault(c, c == ' ' ? 0L : BITMAPS.get(FALLBACK));
        return (bitmap >>> (row * GLYPH_WIDTH + column) & 1L) != 0;
    }

    /** The width in pixels of a line of drawable text at the given scale. */
    static int width(String drawable, int scale) {
        return drawable.isEmpty() ? 0 : (drawable.length() * ADVANCE - 1) * scale;
    }

    private static Map<Character, Long> parse(String table) {
        Map<Character, Long> bitmaps = new HashMap<>();
        table.lines().forEach(line -> {
            String[] parts = line.split(" ");
            long bitmap = 0;
            for (int row = 0; row < GLYPH_HEIGHT; row++) {
                for (int column = 0; column < GLYPH_WIDTH; column++) {
                    if (parts[row + 1].charAt(column) == '#') {
                        bitmap |= 1L << (row * GLYPH_WIDTH + column);
                    }
                }
            }
            bitmaps.put(parts[0].charAt(0), bitmap);
        });
        return Map.copyOf(bitmaps);
    }
}
