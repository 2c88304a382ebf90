package dev.accolade.adapter.out.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one HTTP/1.1 response from a stream with bounds on everything: the head (64 KiB, 100 headers)
 * and the body, which is refused as soon as it passes the limit, whether it comes with a Content-Length,
 * in chunks or until the connection closes.
 */
final class ResponseReader {

    private static final int MAX_LINE = 8 * 1024;
    private static final int MAX_HEAD = 64 * 1024;
    private static final int MAX_HEADERS = 100;
    private static final int BUFFER = 8 * 1024;

    private final InputStream in;
    private final String host;
    private int headBytes;

    /** A reader of the stream, naming the host in its refusals. */
    ResponseReader(InputStream in, String host) {
        this.in = in;
        this.host = host;
    }

    /** The status line and headers, skipping interim (1xx) responses. */
    ResponseHead head() throws IOException {
        while (true) {
            ResponseHead head = oneHead();
            if (head.status() >= 200) {
                return head;
            }
        }
    }

    /** The body of a response with this head: at most {@code maxBytes}, or the too-large refusal. */
    byte[] body(ResponseHead head, int maxBytes) throws IOException {
        if (head.status() == 204 || head.status() == 304) {
            return new byte[0];
        }
        List<String> encodings = head.all("transfer-encoding");
        if (!encodings.isEmpty()) {
            String last = encodings.get(encodings.size() - 1);
            String[] codings = last.split(",");
            if (!codings[codings.length - 1].trim().equalsIgnoreCase("chunked")) {
                throw FetchErrors.unreachable("The server at " + host + " sent a body in an unknown transfer coding.");
            }
            return chunked(maxBytes);
        }
        List<String> lengths = head.all("content-length");
        if (!lengths.isEmpty()) {
            return exactly(contentLength(lengths), maxBytes);
        }
        return untilClosed(maxBytes);
    }

    private ResponseHead oneHead() throws IOException {
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || parts[1].length() != 3
                || !parts[1].chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw garbage();
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int count = 0;
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            if (++count > MAX_HEADERS || colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                throw garbage();
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(name, key -> new ArrayList<>()).add(line.substring(colon + 1).trim());
        }
        return new ResponseHead(status, headers);
    }

    private byte[] chunked(int maxBytes) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        long overhead = 0;
        while (true) {
            headBytes = 0;
            String sizeLine = line();
            overhead += sizeLine.length() + 4;
            if (overhead > maxBytes) {
                throw FetchErrors.tooLarge(maxBytes);
            }
            int semicolon = sizeLine.indexOf(';');
            String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim();
            if (hex.isEmpty() || hex.length() > 8 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw garbage();
            }
            long size = Long.parseLong(hex, 16);
            if (size == 0) {
                headBytes = 0;
                String trailer = line();
                while (!trailer.isEmpty()) {
                    trailer = line();
                }
                return body.toByteArray();
            }
            if (body.size() + size > maxBytes) {
                throw FetchErrors.tooLarge(maxBytes);
            }
            copy(body, size);
            if (!line().isEmpty()) {
                throw garbage();
            }
        }
    }

    private byte[] exactly(long length, int maxBytes) throws IOException {
        if (length > maxBytes) {
            throw FetchErrors.tooLarge(maxBytes);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream((int) length);
        copy(body, length);
        return body.toByteArray();
    }

    private byte[] untilClosed(int maxBytes) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            if (body.size() + read > maxBytes) {
                throw FetchErrors.tooLarge(maxBytes);
            }
            body.write(buffer, 0, read);
        }
        return body.toByteArray();
    }

    private void copy(ByteArrayOutputStream body, long length) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw FetchErrors.unreachable("The server at " + host + " closed the connection before the body"
                        + " was complete.");
            }
            body.write(buffer, 0, read);
            left -= read;
        }
    }

    private long contentLength(List<String> values) {
        String first = values.get(0);
        for (String value : values) {
            if (!value.equals(first)) {
                throw garbage();
            }
        }
        if (first.isEmpty() || first.length() > 18 || !first.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw garbage();
        }
        return Long.parseLong(first);
    }

    /** One line without its CR LF; a line longer than 8 KiB, or a head or trailer over 64 KiB, is refused. */
    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int next = in.read();
            if (next < 0) {
                throw FetchErrors.unreachable("The server at " + host + " closed the connection early.");
            }
            if (++headBytes > MAX_HEAD || line.size() > MAX_LINE) {
                throw garbage();
            }
            if (next == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(next);
        }
    }

    private RuntimeException garbage() {
        return FetchErrors.unreachable("The server at " + host + " did not answer with valid HTTP.");
    }
}
