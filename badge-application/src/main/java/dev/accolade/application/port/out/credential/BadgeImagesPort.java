package dev.accolade.application.port.out.credential;

/**
 * Draws and bakes badge images: a default image for a template without an icon, and an image with a
 * credential baked into it (PNG {@code iTXt}, SVG element) as Open Badges specifies.
 */
public interface BadgeImagesPort {

    /** The PNG drawn for a template without an icon: deterministic for its title and issuer. */
    byte[] defaultPng(String title, String issuer);

    /** The SVG drawn for a template without an icon: deterministic for its title and issuer. */
    String defaultSvg(String title, String issuer);

    /** An SVG that shows a raster image (PNG, JPEG or GIF) at the badge's size. */
    String svgShowing(byte[] raster, String mediaType);

    /** The PNG with the text in its one {@code iTXt} chunk of this keyword. */
    byte[] bakePng(byte[] png, String keyword, String text);

    /** The SVG with an Open Badges 2.0 assertion baked in: its URL in {@code verify} and its JSON. */
    String bakeAssertionSvg(String svg, String assertionUrl, String assertion);

    /** The SVG with an Open Badges 3.0 credential (JSON or VC-JWT) baked in. */
    String bakeCredentialSvg(String svg, String credential);
}
