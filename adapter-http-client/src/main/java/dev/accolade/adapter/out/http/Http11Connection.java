package dev.accolade.adapter.out.http;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 GET or POST over a socket this class opens to an address the guard checked, never to a name:
 * TLS for https with the host name as SNI and for certificate verification, {@code Connection: close},
 * no compression, every wait bounded by the deadline.
 */
final class Http11Connection implements AutoCloseable {

    private static final String USER_AGENT = "Accolade";

    private final Socket socket;
    private final ResponseReader reader;

    private Http11Connection(Socket socket, ResponseReader reader) {
        this.socket = socket;
        this.reader = reader;
    }

    /** Connects to the address, shakes hands for https, and sends the GET for the target, accepting anything. */
    static Http11Connection open(FetchTarget target, IpAddress address, Duration connectTimeout,
            SSLSocketFactory tls, Deadline deadline) throws IOException {
        return open(target, address, connectTimeout, tls, deadline, "*/*");
    }

    /** Connects to the address, shakes hands for https, and sends the GET for the target with this Accept. */
    static Http11Connection open(FetchTarget target, IpAddress address, Duration connectTimeout,
            SSLSocketFactory tls, Deadline deadline, String accept) throws IOException {
        return exchange(target, address, connectTimeout, tls, deadline, request(target, headerSafe(accept))
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * Connects to the address, shakes hands for https, and POSTs the body with these extra headers, which
     * must be header-safe; the content type is JSON.
     */
    static Http11Connection post(FetchTarget target, IpAddress address, Duration connectTimeout,
            SSLSocketFactory tls, Deadline deadline, Map<String, String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder("POST ").append(target.requestTarget()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(target.hostHeader()).append("\r\n")
                .append("User-Agent: ").append(USER_AGENT).append("\r\n")
                .append("Content-Type: application/json; charset=utf-8\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n");
        new TreeMap<>(headers).forEach((name, value) -> head.append(headerSafe(name)).append(": ")
                .append(headerSafe(value)).append("\r\n"));
        head.append("Accept-Encoding: identity\r\nConnection: close\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = Arrays.copyOf(start, start.length + body.length);
        System.arraycopy(body, 0, request, start.length, body.length);
        return exchange(target, address, connectTimeout, tls, deadline, request);
    }

    private static String headerSafe(String text) {
        if (text.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            throw new IllegalArgumentException("a header name or value holds a character HTTP does not allow");
        }
        return text;
    }

    private static Http11Connection exchange(FetchTarget target, IpAddress address, Duration connectTimeout,
            SSLSocketFactory tls, Deadline deadline, byte[] request) throws IOException {
        Socket plain = new Socket();
        Socket socket = plain;
        try {
            int wait = (int) Math.min(connectTimeout.toMillis(), deadline.remainingMillis());
            try {
                plain.connect(new InetSocketAddress(address.toInetAddress(), target.port()), Math.max(1, wait));
            } catch (SocketTimeoutException e) {
                throw FetchErrors.connectTimeout(target.host());
            }
            if (target.https()) {
                socket = handshake(plain, target, tls, deadline);
            }
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            ResponseReader reader = new ResponseReader(
                    new BufferedInputStream(new DeadlineInputStream(socket, deadline)), target.host());
            return new Http11Connection(socket, reader);
        } catch (SocketTimeoutException e) {
            closeQuietly(socket);
            throw FetchErrors.timeout(target.host());
        } catch (IOException | RuntimeException e) {
            closeQuietly(socket);
            throw e;
        }
    }

    /** The response's status and headers. */
    ResponseHead head() throws IOException {
        return reader.head();
    }

    /** The response's body, at most {@code maxBytes}. */
    byte[] body(ResponseHead head, int maxBytes) throws IOException {
        return reader.body(head, maxBytes);
    }

    @Override
    public void close() {
        closeQuietly(socket);
    }

    private static Socket handshake(Socket plain, FetchTarget target, SSLSocketFactory tls, Deadline deadline)
            throws IOException {
        SSLSocket ssl = (SSLSocket) tls.createSocket(plain, target.host(), target.port(), true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (target.literal().isEmpty()) {
            parameters.setServerNames(List.of(new SNIHostName(target.host())));
        }
        ssl.setSSLParameters(parameters);
        ssl.setSoTimeout(deadline.remainingMillis());
        try {
            ssl.startHandshake();
        } catch (SSLException e) {
            closeQuietly(ssl);
            throw FetchErrors.unreachable("The TLS handshake with " + target.host() + " failed: the server's"
                    + " certificate is not trusted for this name, or the server speaks no acceptable TLS.");
        }
        return ssl;
    }

    private static String request(FetchTarget target, String accept) {
        return "GET " + target.requestTarget() + " HTTP/1.1\r\n"
                + "Host: " + target.hostHeader() + "\r\n"
                + "User-Agent: " + USER_AGENT + "\r\n"
                + "Accept: " + accept + "\r\n"
                + "Accept-Encoding: identity\r\n"
                + "Connection: close\r\n\r\n";
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Nothing more to release.
        }
    }
}
