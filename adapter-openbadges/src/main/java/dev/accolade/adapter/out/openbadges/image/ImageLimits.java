package dev.accolade.adapter.out.openbadges.image;

/** The bounds on images and baked text that keep reading and baking cheap. */
final class ImageLimits {

    /** The largest PNG read, in bytes, and the longest SVG read, in characters. */
    static final int MAX_IMAGE_SIZE = 5 * 1024 * 1024;

    /** The most chunks a PNG may have. */
    static final int MAX_PNG_CHUNKS = 10_000;

    /** The largest baked text: UTF-8 bytes in a PNG (also the inflation limit), characters in an SVG. */
    static final int MAX_TEXT_SIZE = 1024 * 1024;

    /** The deepest element nesting an SVG may have. */
    static final int MAX_SVG_DEPTH = 1_000;

    private ImageLimits() {
    }
}
