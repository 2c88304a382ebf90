package dev.accolade.adapter.out.openbadges.image;

/**
 * The image of a template that has no icon: a 256×256 round badge in a colour picked from the title, with the
 * title's initials large in the middle, the title below them and the issuer's name smaller. The same title and
 * issuer always give byte-identical output, on any machine: no system font, no platform compressor.
 */
public final class DefaultBadgeImage {

    private DefaultBadgeImage() {
    }

    /**
     * The badge as an SVG document (UTF-8 XML declaration); all text is XML-escaped.
     *
     * @throws IllegalArgumentException when the title is blank
     */
    public static String svg(String title, String issuer) {
        return BadgeSvg.draw(BadgeDesign.of(title, issuer));
    }

    /**
     * The badge as a PNG, drawn with a built-in 5×7 pixel font; characters it lacks show as a small diamond.
     *
     * @throws IllegalArgumentException when the title is blank
     */
    public static byte[] png(String title, String issuer) {
        return BadgePng.draw(BadgeDesign.of(title, issuer));
    }
}
