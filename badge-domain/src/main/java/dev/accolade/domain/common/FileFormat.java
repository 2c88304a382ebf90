package dev.accolade.domain.common;

import java.util.Arrays;
import java.util.Locale;

/** The file formats an attachment may have. */
public enum FileFormat {
    /** JPEG image. */
    JPG,
    /** PNG image. */
    PNG,
    /** GIF image. */
    GIF,
    /** Word document. */
    DOC,
    /** Word document (Office Open XML). */
    DOCX,
    /** Excel workbook. */
    XLS,
    /** Excel workbook (Office Open XML). */
    XLSX,
    /** PowerPoint presentation. */
    PPT,
    /** PowerPoint presentation (Office Open XML). */
    PPTX,
    /** ZIP archive. */
    ZIP,
    /** RAR archive. */
    RAR,
    /** HTML page. */
    HTML;

    /** The format for a lower- or upper-case name such as {@code docx} or {@code jpeg}. */
    public static FileFormat parse(String name) {
        String normal = Check.line(name, "format", 10).toUpperCase(Locale.ROOT);
        if (normal.equals("JPEG")) {
            return JPG;
        }
        return Arrays.stream(values()).filter(f -> f.name().equals(normal)).findFirst()
                .orElseThrow(() -> Check.invalid("format",
                        "must be one of jpg, png, gif, doc, docx, xls, xlsx, ppt, pptx, zip, rar, html"));
    }

    /** The lower-case name used on the wire. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
