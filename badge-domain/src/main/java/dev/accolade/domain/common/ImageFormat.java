package dev.accolade.domain.common;

import java.util.Arrays;
import java.util.Locale;

/** The image formats an icon or avatar may have. */
public enum ImageFormat {
    /** Portable Network Graphics. */
    PNG,
    /** JPEG. */
    JPG,
    /** GIF. */
    GIF;

    /** The format for a lower- or upper-case name such as {@code png} or {@code jpeg}. */
    public static ImageFormat parse(String name) {
        String normal = Check.line(name, "format", 10).toUpperCase(Locale.ROOT);
        if (normal.equals("JPEG")) {
            return JPG;
        }
        return Arrays.stream(values()).filter(f -> f.name().equals(normal)).findFirst()
                .orElseThrow(() -> Check.invalid("format", "must be one of png, jpg, gif"));
    }

    /** The lower-case name used on the wire. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
