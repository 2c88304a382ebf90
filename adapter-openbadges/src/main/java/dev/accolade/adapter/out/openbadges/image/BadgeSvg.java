package dev.accolade.adapter.out.openbadges.image;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** Draws a {@link BadgeDesign} as a 256×256 SVG; every piece of text is XML-escaped. */
final class BadgeSvg {

    private static final int MAX_TITLE = 18;
    private static final int MAX_ISSUER = 22;
    private static final String FONT =
            "font-family=\"Verdana, 'DejaVu Sans', Arial, sans-serif\" text-anchor=\"middle\"";

    private BadgeSvg() {
    }

    /** The SVG of the design, as UTF-8 text with a trailing newline. */
    static String draw(BadgeDesign design) {
        requireNonNull(design, "design");
        String label = design.issuer().isEmpty() ? design.title() : design.title() + " (" + design.issuer() + ")";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"256\" viewBox=\"0 0 256 256\""
                + " role=\"img\" aria-label=\"" + XmlText.escape(label) + "\">\n"
                + "  <title>" + XmlText.escape(label) + "</title>\n"
                + "  <circle cx=\"128\" cy=\"128\" r=\"124\" fill=\"" + hex(design.ring()) + "\"/>\n"
                + "  <circle cx=\"128\" cy=\"128\" r=\"112\" fill=\"" + hex(design.fill()) + "\"/>\n"
                + "  <circle cx=\"128\" cy=\"128\" r=\"105\" fill=\"none\" stroke=\"" + hex(design.accent())
                + "\" stroke-width=\"2\"/>\n"
                + "  <text x=\"128\" y=\"130\" " + FONT + " font-size=\"" + initialsSize(design.initials())
                + "\" font-weight=\"bold\" fill=\"#FFFFFF\">" + XmlText.escape(design.initials()) + "</text>\n"
                + "  <text x=\"128\" y=\"164\" " + FONT + " font-size=\"14\" font-weight=\"bold\" fill=\"#FFFFFF\">"
                + XmlText.escape(BadgeDesign.shorten(design.title(), MAX_TITLE)) + "</text>\n"
                + "  <text x=\"128\" y=\"185\" " + FONT + " font-size=\"12\" fill=\"" + hex(design.accent()) + "\">"
                + XmlText.escape(BadgeDesign.shorten(design.issuer(), MAX_ISSUER)) + "</text>\n"
                + "</svg>\n";
    }

    private static int initialsSize(String initials) {
        return initials.codePointCount(0, initials.length()) <= 2 ? 72 : 52;
    }

    private static String hex(int rgb) {
        String digits = Integer.toHexString(0x1000000 | rgb).substring(1);
        return "#" + digits.toUpperCase(Locale.ROOT);
    }
}
