package dev.accolade.domain.template;

import dev.accolade.domain.common.Check;
import java.text.Normalizer;

/**
 * A text looked for anywhere in template titles, whatever their case: 1 to 100 characters on one line,
 * trimmed, every character taken literally. Titles and searches compare in their {@link #fold folded}
 * form, so that every store matches alike.
 *
 * @param text the text looked for, trimmed
 */
public record TitleSearch(String text) {

    /** The longest text accepted. */
    public static final int MAX_LENGTH = 100;
    /**
     * How many times longer than a text its folded form can be, counted in UTF-16 units: compatibility
     * decomposition writes U+FDFA as 18 characters, and nothing longer.
     */
    public static final int MAX_EXPANSION = 18;

    /** Checks the text: present, one line, at most {@link #MAX_LENGTH} characters, well-formed. */
    public TitleSearch {
        text = Check.line(text, "q", MAX_LENGTH);
    }

    /** The text in its folded form, as a title must contain it. */
    public String folded() {
        return fold(text);
    }

    /** Whether a title contains this text, both folded. */
    public boolean matches(String title) {
        return fold(title).contains(folded());
    }

    /**
     * The form titles are searched in, the same on every store and in every locale: compatibility
     * composition (NFKC: {@code ﬁ} becomes {@code fi}, full-width letters plain ones), then each code
     * point mapped to the lower case of its upper case ({@code Σ}, {@code σ} and {@code ς} all become
     * {@code σ}). A code point maps to one code point, so a text that contains another still does once
     * both are folded, but for characters that compose across the edge of the contained one. Stores
     * may keep titles folded: changing this function means folding them again.
     */
    public static String fold(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder folded = new StringBuilder(composed.length());
        composed.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return folded.toString();
    }
}
