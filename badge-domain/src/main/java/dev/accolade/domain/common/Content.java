package dev.accolade.domain.common;

import dev.accolade.domain.error.DomainException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * Uploaded file content checked against its declared format: decoded from base64, at most a given
 * size, and starting with the format's signature (magic bytes), so that a "png" is a PNG.
 *
 * @param format the declared format
 * @param bytes the content
 */
public record Content(FileFormat format, byte[] bytes) {

    /** The largest image accepted: 1 MiB. */
    public static final int MAX_IMAGE_BYTES = 1024 * 1024;
    /** The largest file accepted: 10 MiB. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = {'G', 'I', 'F', '8', '7', 'a'};
    private static final byte[] GIF89 = {'G', 'I', 'F', '8', '9', 'a'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 0x05, 0x06};
    private static final byte[] RAR = {'R', 'a', 'r', '!', 0x1A, 0x07};

    /** Checks the content is present, not empty, and of its format; keeps a copy. */
    public Content {
        Check.required(format, "format");
        Check.required(bytes, "data");
        bytes = bytes.clone();
        if (bytes.length == 0) {
            throw Check.blank("data");
        }
        if (!hasSignatureOf(format, bytes)) {
            throw Check.fail("data", "format_mismatch", "is not " + format.wireName() + " content");
        }
    }

    /**
     * Content decoded from base64 text (standard or URL-safe alphabet, line breaks ignored).
     *
     * @param format the declared format
     * @param base64 the encoded content
     * @param maxBytes the largest decoded size accepted
     * @param attribute the attribute named in a refusal
     */
    public static Content decode(FileFormat format, String base64, int maxBytes, String attribute) {
        Check.required(base64, attribute);
        String compact = base64.replaceAll("\\s+", "");
        if (compact.isEmpty()) {
            throw Check.blank(attribute);
        }
        if ((long) compact.length() * 3 / 4 > maxBytes + 3L) {
            throw tooLarge(attribute, maxBytes);
        }
        byte[] bytes;
        try {
            bytes = compact.indexOf('-') >= 0 || compact.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(compact) : Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            throw Check.invalid(attribute, "is not base64");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(attribute, maxBytes);
        }
        try {
            return new Content(format, bytes);
        } catch (DomainException e) {
            throw Check.fail(attribute, "format_mismatch", "is not " + format.wireName() + " content");
        }
    }

    /** Whether the bytes begin as content of this format does. */
    public static boolean hasSignatureOf(FileFormat format, byte[] bytes) {
        return switch (format) {
            case PNG -> startsWith(bytes, PNG);
            case JPG -> startsWith(bytes, JPG);
            case GIF -> startsWith(bytes, GIF87) || startsWith(bytes, GIF89);
            case DOC, XLS, PPT -> startsWith(bytes, OLE2);
            case DOCX, XLSX, PPTX -> startsWith(bytes, ZIP);
            case ZIP -> startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY);
            case RAR -> startsWith(bytes, RAR);
            case HTML -> looksLikeHtml(bytes);
        };
    }

    /** The media type to serve the content with. */
    public static String mediaType(FileFormat format) {
        return switch (format) {
            case PNG -> "image/png";
            case JPG -> "image/jpeg";
            case GIF -> "image/gif";
            case DOC -> "application/msword";
            case XLS -> "application/vnd.ms-excel";
            case PPT -> "application/vnd.ms-powerpoint";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case PPTX -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            case ZIP -> "application/zip";
            case RAR -> "application/vnd.rar";
            case HTML -> "text/html; charset=utf-8";
        };
    }

    /** A copy of the content. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The size in bytes. */
    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Content that && format == that.format && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * format.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Content[" + format.wireName() + ", " + bytes.length + " bytes]";
    }

    private static DomainException tooLarge(String attribute, int maxBytes) {
        return Check.fail(attribute, "too_large", "is larger than " + maxBytes + " bytes");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** HTML is UTF-8 text whose first non-blank character, after an optional byte-order mark, is {@code <}. */
    private static boolean looksLikeHtml(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        String start = text.replaceFirst("^\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<");
    }
}
