package dev.accolade.adapter.out.openbadges;

import dev.accolade.adapter.out.openbadges.image.DefaultBadgeImage;
import dev.accolade.adapter.out.openbadges.image.PngBaking;
import dev.accolade.adapter.out.openbadges.image.SvgBaking;
import dev.accolade.application.port.out.credential.BadgeImagesPort;
import java.util.Base64;
import java.util.Set;

/** Draws default badge images and bakes credentials into PNG and SVG images, as Open Badges specifies. */
public final class BadgeImages implements BadgeImagesPort {

    /** The size the badge is shown at, in pixels. */
    static final int SIZE = 256;
    private static final Set<String> RASTERS = Set.of("image/png", "image/jpeg", "image/gif");

    @Override
    public byte[] defaultPng(String title, String issuer) {
        return DefaultBadgeImage.png(title, issuer);
    }

    @Override
    public String defaultSvg(String title, String issuer) {
        return DefaultBadgeImage.svg(title, issuer);
    }

    @Override
    public String svgShowing(byte[] raster, String mediaType) {
        if (!RASTERS.contains(mediaType)) {
            throw new IllegalArgumentException("an SVG shows a PNG, JPEG or GIF image, not " + mediaType);
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + SIZE + "\" height=\"" + SIZE
                + "\" viewBox=\"0 0 " + SIZE + " " + SIZE + "\"><image width=\"" + SIZE + "\" height=\"" + SIZE
                + "\" href=\"data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(raster)
                + "\"/></svg>";
    }

    @Override
    public byte[] bakePng(byte[] png, String keyword, String text) {
        return PngBaking.bake(png, keyword, text);
    }

    @Override
    public String bakeAssertionSvg(String svg, String assertionUrl, String assertion) {
        return SvgBaking.bakeAssertion(svg, assertionUrl, assertion);
    }

    @Override
    public String bakeCredentialSvg(String svg, String credential) {
        return SvgBaking.bakeCredential(svg, credential);
    }
}
