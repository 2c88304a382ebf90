package dev.accolade.adapter.out.openbadges.image;

import static java.util.Objects.requireNonNull;

/** Writing text into XML: escaping, CDATA sections, and the characters XML 1.0 allows. */
final class XmlText {

    private static final String CDATA_START = "<![CDATA[";
    private static final String CDATA_END = "]]>";

    private XmlText() {
    }

    /**
     * Checks every character of the text is allowed in an XML 1.0 document.
     *
     * @throws IllegalArgumentException naming {@code what} when one is not (a control character, an unpaired
     *     surrogate, U+FFFE or U+FFFF)
     */
    static String requireXmlCharacters(String text, String what) {
        requireNonNull(text, what);
        if (!text.codePoints().allMatch(XmlText::isXmlCharacter)) {
            throw new IllegalArgumentException(what + " contains a character that XML does not allow");
        }
        return text;
    }

    /** The text with every character XML 1.0 does not allow replaced by U+FFFD. */
    static String replaceNonXmlCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(isXmlCharacter(c) ? c : 0xFFFD));
        return out.toString();
    }

    /**
     * The text escaped for element content or a double- or single-quoted attribute value; tabs and line ends
     * become character references so that attribute normalization keeps them.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r', '\u0085', '\u2028' -> out.append("&#").append((int) c).append(';');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The text as CDATA that a parser reads back exactly: {@code ]]>} is split across two sections, and line-end
     * characters (which a parser would normalize) are written as character references between sections. The
     * result always starts and ends with a CDATA section, even for empty text.
     */
    static String cdata(String text) {
        StringBuilder out = new StringBuilder(text.length() + 24).append(CDATA_START);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\u0085' || c == '\u2028') {
                out.append(CDATA_END).append("&#").append((int) c).append(';').append(CDATA_START);
            } else if (c == '>' && i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']') {
                out.append(CDATA_END).append(CDATA_START).append('>');
            } else {
                out.append(c);
            }
        }
        return out.append(CDATA_END).toString();
    }

    private static boolean isXmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
