package dev.accolade.adapter.out.openbadges.image;

import java.util.HashMap;
import java.util.Map;

/**
 * One start tag as written in well-formed XML text.
 *
 * @param name the element name as written
 * @param nameEnd just past the name
 * @param end just past the closing {@code >}
 * @param selfClosing whether the tag ends with {@code />}
 * @param attributes every attribute's name and raw (undecoded) value
 */
record StartTag(String name, int nameEnd, int end, boolean selfClosing, Map<String, String> attributes) {

    /** Takes an unmodifiable copy of the attributes. */
    StartTag {
        attributes = Map.copyOf(attributes);
    }

    /**
     * The start tag whose {@code <} is at {@code start}.
     *
     * @throws IllegalArgumentException when the text there is not a well-formed start tag
     */
    static StartTag read(String xml, int start) {
        int nameEnd = endOfName(xml, start + 1);
        if (nameEnd == start + 1) {
            throw XmlLayout.notWellFormed();
        }
        Map<String, String> attributes = new HashMap<>();
        int position = nameEnd;
        while (true) {
            position = skipWhitespace(xml, position);
            char c = charAt(xml, position);
            if (c == '>') {
                return new StartTag(xml.substring(start + 1, nameEnd), nameEnd, position + 1, false, attributes);
            }
            if (c == '/') {
                if (charAt(xml, position + 1) != '>') {
                    throw XmlLayout.notWellFormed();
                }
                return new StartTag(xml.substring(start + 1, nameEnd), nameEnd, position + 2, true, attributes);
            }
            int attributeNameEnd = endOfName(xml, position);
            if (attributeNameEnd == position) {
                throw XmlLayout.notWellFormed();
            }
            String attributeName = xml.substring(position, attributeNameEnd);
            position = skipWhitespace(xml, attributeNameEnd);
            if (charAt(xml, position) != '=') {
                throw XmlLayout.notWellFormed();
            }
            position = skipWhitespace(xml, position + 1);
            char quote = charAt(xml, position);
            if (quote != '"' && quote != '\'') {
                throw XmlLayout.notWellFormed();
            }
            int valueEnd = xml.indexOf(quote, position + 1);
            if (valueEnd < 0) {
                throw XmlLayout.notWellFormed();
            }
            attributes.put(attributeName, xml.substring(position + 1, valueEnd));
            position = valueEnd + 1;
        }
    }

    private static int endOfName(String xml, int from) {
        int position = from;
        while (position < xml.length()) {
            char c = xml.charAt(position);
            if (isWhitespace(c) || c == '>' || c == '/' || c == '=' || c == '<') {
                break;
            }
            position++;
        }
        return position;
    }

    private static int skipWhitespace(String xml, int from) {
        int position = from;
        while (position < xml.length() && isWhitespace(xml.charAt(position))) {
            position++;
        }
        return position;
    }

    private static char charAt(String xml, int position) {
        if (position >= xml.length()) {
            throw XmlLayout.notWellFormed();
        }
        return xml.charAt(position);
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
