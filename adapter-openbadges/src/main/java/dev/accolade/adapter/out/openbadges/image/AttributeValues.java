package dev.accolade.adapter.out.openbadges.image;

/** Decodes the references in a raw XML attribute value: the five predefined entities and character references. */
final class AttributeValues {

    private AttributeValues() {
    }

    /**
     * The value with {@code &amp;}, {@code &lt;}, {@code &gt;}, {@code &quot;}, {@code &apos;} and
     * {@code &#…;} replaced by the characters they stand for.
     *
     * @throws IllegalArgumentException when a reference is malformed or unknown
     */
    static String decode(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int position = 0;
        while (position < raw.length()) {
            char c = raw.charAt(position);
            if (c != '&') {
                out.append(c);
                position++;
                continue;
            }
            int semicolon = raw.indexOf(';', position);
            if (semicolon < 0) {
                throw XmlLayout.notWellFormed();
            }
            out.appendCodePoint(resolve(raw.substring(position + 1, semicolon)));
            position = semicolon + 1;
        }
        return out.toString();
    }

    private static int resolve(String reference) {
        return switch (reference) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> characterReference(reference);
        };
    }

    private static int characterReference(String reference) {
        boolean hex = reference.startsWith("#x");
        String digits = reference.substring(Math.min(reference.length(), hex ? 2 : 1));
        if (!reference.startsWith("#") || digits.isEmpty() || digits.length() > 7
                || !digits.chars().allMatch(c -> c < 0x80 && Character.digit(c, hex ? 16 : 10) >= 0)) {
            throw XmlLayout.notWellFormed();
        }
        int codePoint = Integer.parseInt(digits, hex ? 16 : 10);
        if (!Character.isValidCodePoint(codePoint)) {
            throw XmlLayout.notWellFormed();
        }
        return codePoint;
    }
}
