package dev.accolade.adapter.out.openbadges.image;

import static java.util.Objects.requireNonNull;

/** Draws a {@link BadgeDesign} as a 256×256 PNG with the built-in bitmap font. */
final class BadgePng {

    private static final int SIZE = 256;

    private static final int TRANSPARENT = 0;
    private static final int RING = 1;
    private static final int FILL = 2;
    private static final int WHITE = 3;
    private static final int ACCENT = 4;

    private static final int OUTER_RADIUS = 124;
    private static final int FILL_RADIUS = 112;
    private static final int LINE_RADIUS = 106;
    private static final int LINE_WIDTH = 2;
    private static final int TITLE_WIDTH = 160;
    private static final int ISSUER_WIDTH = 136;
    private static final int TEXT_SCALE = 2;
    private static final int INITIALS_BOTTOM = 134;
    private static final int TITLE_TOP = 150;
    private static final int ISSUER_TOP = 171;

    private BadgePng() {
    }

    /** The PNG of the design. */
    static byte[] draw(BadgeDesign design) {
        requireNonNull(design, "design");
        int[] palette = new int[5];
        palette[TRANSPARENT] = 0x00000000;
        palette[RING] = opaque(design.ring());
        palette[FILL] = opaque(design.fill());
        palette[WHITE] = 0xFFFFFFFF;
        palette[ACCENT] = opaque(design.accent());
        IndexedImage image = new IndexedImage(SIZE, palette); // all TRANSPARENT
        image.fillCentredCircle(OUTER_RADIUS, RING);
        image.fillCentredCircle(FILL_RADIUS, FILL);
        image.fillCentredCircle(LINE_RADIUS, ACCENT);
        image.fillCentredCircle(LINE_RADIUS - LINE_WIDTH, FILL);

        String initials = BitmapFont.drawable(design.initials());
        int initialsScale = initials.length() <= 2 ? 11 : 8;
        image.drawCentredText(initials, INITIALS_BOTTOM - BitmapFont.GLYPH_HEIGHT * initialsScale, initialsScale,
                WHITE);
        image.drawCentredText(fit(design.title(), TITLE_WIDTH), TITLE_TOP, TEXT_SCALE, WHITE);
        image.drawCentredText(fit(design.issuer(), ISSUER_WIDTH), ISSUER_TOP, TEXT_SCALE, ACCENT);
        return image.toPng();
    }

    /** The text, folded for the font and shortened to fit the width at the scale of the text lines. */
    private static String fit(String text, int width) {
        int maxGlyphs = (width / TEXT_SCALE + 1) / BitmapFont.ADVANCE;
        return BitmapFont.drawable(BadgeDesign.shorten(text, maxGlyphs));
    }

    private static int opaque(int rgb) {
        return 0xFF000000 | rgb;
    }
}
