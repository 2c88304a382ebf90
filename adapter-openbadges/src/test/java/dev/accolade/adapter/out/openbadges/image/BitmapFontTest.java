package dev.accolade.adapter.out.openbadges.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BitmapFontTest {

    @Test
    void text_is_folded_to_what_the_font_can_draw() {
        assertThat(BitmapFont.drawable("Café Ünïon – “ﬁne” ß")).isEqualTo("CAFE UNION - \"FINE\" SS");
        assertThat(BitmapFont.drawable("日本 🎖!")).isEqualTo("\u25C6\u25C6 \u25C6!");
    }

    @Test
    void letters_digits_and_punctuation_have_distinct_glyphs() {
        String drawable = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,:-+'\"!?/()&#<>=*%\u2026\u25C6";
        Set<String> shapes = new HashSet<>();
        for (char c : drawable.toCharArray()) {
            StringBuilder shape = new StringBuilder();
            for (int row = 0; row < BitmapFont.GLYPH_HEIGHT; row++) {
                for (int column = 0; column < BitmapFont.GLYPH_WIDTH; column++) {
                    shape.append(BitmapFont.isSet(c, column, row) ? '#' : '.');
                }
            }
            assertThat(shape.toString()).as("glyph %s", c).contains("#");
            shapes.add(shape.toString());
        }
        assertThat(shapes).hasSize(drawable.length());
        assertThat(BitmapFont.isSet(' ', 2, 3)).isFalse();
    }

    @Test
    void width_counts_a_blank_column_between_glyphs() {
        assertThat(BitmapFont.width("", 3)).isZero();
        assertThat(BitmapFont.width("A", 3)).isEqualTo(15);
        assertThat(BitmapFont.width("AB", 2)).isEqualTo(22);
    }
}
