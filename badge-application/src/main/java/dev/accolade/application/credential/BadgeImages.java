package dev.accolade.application.credential;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.content.BlobRepository;
import dev.accolade.application.port.out.content.StoredBlob;
import dev.accolade.application.port.out.credential.BadgeImagesPort;
import dev.accolade.domain.common.FileFormat;
import dev.accolade.domain.common.ImageRef;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.template.Template;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A badge's image: the template's icon when the server stores it, the image drawn for the template
 * otherwise (an icon on another site is never fetched to serve or bake a badge). Runs inside the
 * caller's unit of work.
 */
final class BadgeImages {

    private static final Set<FileFormat> IMAGES = EnumSet.of(FileFormat.PNG, FileFormat.JPG, FileFormat.GIF);

    private final BlobRepository blobs;
    private final BadgeImagesPort images;

    BadgeImages(BlobRepository blobs, BadgeImagesPort images) {
        this.blobs = requireNonNull(blobs, "blobs");
        this.images = requireNonNull(images, "images");
    }

    /** The image as served: the stored icon in its own format, or the drawn PNG. */
    PublicDocument image(Template live, Issuer issuer) {
        return storedIcon(live).map(blob -> new PublicDocument(mediaType(blob.content().format()),
                blob.content().bytes(), false))
                .orElseGet(() -> new PublicDocument(PublicDocument.PNG, drawnPng(live, issuer), false));
    }

    /** A PNG to bake into: the stored icon when it is a PNG, the drawn one otherwise. */
    byte[] png(Template live, Issuer issuer) {
        return storedIcon(live).filter(blob -> blob.content().format() == FileFormat.PNG)
                .map(blob -> blob.content().bytes()).orElseGet(() -> drawnPng(live, issuer));
    }

    /** An SVG to bake into: one showing the stored icon, or the drawn one. */
    String svg(Template live, Issuer issuer) {
        return storedIcon(live).map(blob -> images.svgShowing(blob.content().bytes(),
                mediaType(blob.content().format())))
                .orElseGet(() -> drawnSvg(live, issuer));
    }

    /** The PNG drawn for the template. */
    byte[] drawnPng(Template live, Issuer issuer) {
        return images.defaultPng(live.details().title(), issuer.name());
    }

    /** The SVG drawn for the template. */
    String drawnSvg(Template live, Issuer issuer) {
        return images.defaultSvg(live.details().title(), issuer.name());
    }

    /** The icon the server stores for the template, when it is an image (PNG, JPEG or GIF). */
    private Optional<StoredBlob> storedIcon(Template live) {
        return live.details().icon().map(ImageRef::location).filter(location -> location.isStoredBlob())
                .flatMap(location -> blobs.findById(Long.parseLong(location.value().substring("blob:".length()))))
                .filter(blob -> IMAGES.contains(blob.content().format()));
    }

    private static String mediaType(FileFormat format) {
        return switch (format) {
            case JPG -> "image/jpeg";
            case PNG, GIF -> "image/" + format.name().toLowerCase(Locale.ROOT);
            default -> "application/octet-stream";
        };
    }
}
