package dev.accolade.adapter.out.http;

import static dev.accolade.adapter.out.http.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.accolade.domain.common.Content;
import dev.accolade.domain.common.FileFormat;
import dev.accolade.domain.common.WebUrl;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpRemoteContentTest {

    private static final byte[] PNG = png(2048);
    private static final AddressPolicy LOOPBACK_ALLOWED = new AddressPolicy(List.of(Cidr.parse("127.0.0.1/32")));

    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, String> hostHeaders = new ConcurrentHashMap<>();
    private HttpServer server;
    private HttpRemoteContent remote;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        remote = new HttpRemoteContent(LOOPBACK_ALLOWED);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void an_image_on_an_allow_listed_server_is_fetched() {
        Content content = remote.fetch(url("/icon.png"), FileFormat.PNG, Content.MAX_IMAGE_BYTES);

        assertThat(content.format()).isEqualTo(FileFormat.PNG);
        assertThat(content.bytes()).isEqualTo(PNG);
        assertThat(hostHeaders.get("/icon.png")).isEqualTo("127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void content_sent_in_chunks_is_fetched() {
        Content content = remote.fetch(url("/chunked.png"), FileFormat.PNG, Content.MAX_IMAGE_BYTES);

        assertThat(content.bytes()).isEqualTo(PNG);
    }

    @Test
    void the_same_server_is_refused_without_the_allow_list() {
        HttpRemoteContent strict = new HttpRemoteContent(AddressPolicy.strict());

        assertRefused(() -> strict.fetch(url("/icon.png"), FileFormat.PNG, Content.MAX_IMAGE_BYTES),
                FetchErrors.ADDRESS_REFUSED);
        assertThat(requests).isEmpty();
    }

    @Test
    void a_chain_of_three_redirects_is_followed() {
        Content content = remote.fetch(url("/redirect/3"), FileFormat.PNG, Content.MAX_IMAGE_BYTES);

        assertThat(content.bytes()).isEqualTo(PNG);
        assertThat(requests.keySet()).contains("/redirect/3", "/redirect/2", "/redirect/1", "/redirect/0");
    }

    @Test
    void a_fourth_redirect_is_refused() {
        assertRefused(() -> remote.fetch(url("/redirect/4"), FileFormat.PNG, Content.MAX_IMAGE_BYTES),
                FetchErrors.TOO_MANY_REDIRECTS);
        assertThat(requests).doesNotContainKey("/redirect/0");
    }

    @Test
    void a_redirect_to_a_refused_address_is_refused_before_connecting_there() {
        assertRefused(() -> remote.fetch(url("/to-metadata"), FileFormat.PNG, Content.MAX_IMAGE_BYTES),
                FetchErrors.ADDRESS_REFUSED);
        assertRefused(() -> remote.fetch(url("/to-loopback-spelled-oddly"), FileFormat.PNG, Content.MAX_IMAGE_BYTES),
                FetchErrors.ADDRESS_REFUSED);
        assertRefused(() -> remote.fetch(url("/to-file"), FileFormat.PNG, Content.MAX_IMAGE_BYTES),
                FetchErrors.SCHEME_REFUSED);
    }

    @Test
    void a_body_over_the_limit_is_refused() {
        assertRefused(() -> remote.fetch(url("/large.png"), FileFormat.PNG, Content.MAX_IMAGE_BYTES),
                FetchErrors.TOO_LARGE);
        assertRefused(() -> remote.fetch(url("/large-chunked.png"), FileFormat.PNG, Content.MAX_IMAGE_BYTES),
                FetchErrors.TOO_LARGE);
    }

    @Test
    void a_file_may_be_larger_than_an_image_up_to_its_own_limit() {
        Content content = remote.fetch(url("/large.png"), FileFormat.PNG, Content.MAX_FILE_BYTES);

        assertThat(content.size()).isEqualTo(Content.MAX_IMAGE_BYTES + 1);
    }

    @Test
    void a_body_without_a_length_is_refused_once_it_passes_the_limit() throws IOException {
        byte[] head = "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        try (RawServer raw = RawServer.answering(concat(head, png(Content.MAX_IMAGE_BYTES * 3)))) {
            assertRefused(() -> remote.fetch(new WebUrl(raw.url("/a.png")), FileFormat.PNG, Content.MAX_IMAGE_BYTES),
                    FetchErrors.TOO_LARGE);
        }
    }

    @Test
    void a_content_length_smaller_than_the_body_bounds_what_is_read() throws IOException {
        byte[] head = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        try (RawServer raw = RawServer.answering(concat(head, png(Content.MAX_IMAGE_BYTES * 3)))) {
            Content content = remote.fetch(new WebUrl(raw.url("/a.png")), FileFormat.PNG, Content.MAX_IMAGE_BYTES);

            assertThat(content.size()).isEqualTo(100);
        }
    }

    @Test
    void a_content_length_over_the_limit_is_refused_before_the_body_is_read() throws IOException {
        byte[] head = "HTTP/1.1 200 OK\r\nContent-Length: 99999999999\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        try (RawServer raw = RawServer.answering(concat(head, png(64)))) {
            assertRefused(() -> remote.fetch(new WebUrl(raw.url("/a.png")), FileFormat.PNG, Content.MAX_IMAGE_BYTES),
                    FetchErrors.TOO_LARGE);
        }
    }

    @Test
    void content_whose_magic_bytes_do_not_match_the_declared_format_is_refused() {
        assertRefused(() -> remote.fetch(url("/not-really.png"), FileFormat.PNG, Content.MAX_IMAGE_BYTES),
                FetchErrors.CONTENT_MISMATCH);
        assertRefused(() -> remote.fetch(url("/icon.png"), FileFormat.GIF, Content.MAX_IMAGE_BYTES),
                FetchErrors.CONTENT_MISMATCH);
        assertRefused(() -> remote.fetch(url("/empty"), FileFormat.PNG, Content.MAX_IMAGE_BYTES),
                FetchErrors.CONTENT_MISMATCH);
        assertRefused(() -> remote.fetch(url("/gzipped.png"), FileFormat.PNG, Content.MAX_IMAGE_BYTES),
                FetchErrors.CONTENT_MISMATCH);
    }

    @Test
    void an_error_status_is_unreachable_content() {
        assertRefused(() -> remote.fetch(url("/missing"), FileFormat.PNG, Content.MAX_IMAGE_BYTES),
                FetchErrors.UNREACHABLE);
    }

    @Test
    void a_server_that_never_answers_runs_out_of_time() throws IOException {
        HttpRemoteContent impatient = new HttpRemoteContent(LOOPBACK_ALLOWED, HostResolver.system(),
                new FetchLimits(Duration.ofSeconds(2), Duration.ofMillis(300), 3),
                (SSLSocketFactory) SSLSocketFactory.getDefault());
        try (RawServer silent = RawServer.silent()) {
            assertRefused(() -> impatient.fetch(new WebUrl(silent.url("/a.png")), FileFormat.PNG,
                    Content.MAX_IMAGE_BYTES), FetchErrors.TIMEOUT);
        }
    }

    @Test
    void a_name_lookup_slower_than_the_limit_runs_out_of_time() {
        try (HangingResolver hanging = new HangingResolver()) {
            HttpRemoteContent impatient = new HttpRemoteContent(AddressPolicy.strict(), hanging,
                    new FetchLimits(Duration.ofSeconds(2), Duration.ofMillis(300), 3),
                    (SSLSocketFactory) SSLSocketFactory.getDefault());
            WebUrl url = new WebUrl("https://images.example/a.png");

            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertRefused(
                    () -> impatient.fetch(url, FileFormat.PNG, Content.MAX_IMAGE_BYTES), FetchErrors.TIMEOUT));
        }
    }

    @Test
    void garbage_instead_of_http_is_unreachable_content() throws IOException {
        try (RawServer raw = RawServer.answering("SSH-2.0-OpenSSH_9.2\r\n\r\n".getBytes(StandardCharsets.US_ASCII))) {
            assertRefused(() -> remote.fetch(new WebUrl(raw.url("/a.png")), FileFormat.PNG, Content.MAX_IMAGE_BYTES),
                    FetchErrors.UNREACHABLE);
        }
    }

    @Test
    void https_to_a_server_that_speaks_no_tls_is_unreachable_content() throws IOException {
        byte[] answer = "HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        try (RawServer plain = RawServer.blurting(answer)) {
            String url = plain.url("/icon.png").replace("http:", "https:");

            assertRefused(() -> remote.fetch(new WebUrl(url), FileFormat.PNG, Content.MAX_IMAGE_BYTES),
                    FetchErrors.UNREACHABLE);
        }
    }

    @Test
    void a_closed_port_is_unreachable() throws IOException {
        // A socket bound but not listening holds the port, so nothing else can take it meanwhile,
        // and a connection to it is refused at once.
        try (Socket holder = new Socket()) {
            holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            WebUrl url = new WebUrl("http://127.0.0.1:" + holder.getLocalPort() + "/a.png");

            assertRefused(() -> remote.fetch(url, FileFormat.PNG, Content.MAX_IMAGE_BYTES), FetchErrors.UNREACHABLE);
        }
    }

    private WebUrl url(String path) {
        return new WebUrl("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
        hostHeaders.put(path, exchange.getRequestHeaders().getFirst("Host"));
        try (exchange) {
            if (path.startsWith("/redirect/")) {
                int left = Integer.parseInt(path.substring("/redirect/".length()));
                if (left == 0) {
                    send(exchange, PNG, false);
                } else {
                    redirect(exchange, "/redirect/" + (left - 1));
                }
                return;
            }
            switch (path) {
                case "/icon.png" -> send(exchange, PNG, false);
                case "/chunked.png" -> send(exchange, PNG, true);
                case "/large.png" -> send(exchange, png(Content.MAX_IMAGE_BYTES + 1), false);
                case "/large-chunked.png" -> send(exchange, png(Content.MAX_IMAGE_BYTES * 2), true);
                case "/not-really.png" -> send(exchange, "<html>surprise</html>".getBytes(StandardCharsets.UTF_8),
                        false);
                case "/empty" -> send(exchange, new byte[0], false);
                case "/gzipped.png" -> {
                    exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                    send(exchange, PNG, false);
                }
                case "/to-metadata" -> redirect(exchange, "http://169.254.169.254/latest/meta-data/");
                case "/to-loopback-spelled-oddly" -> redirect(exchange,
                        "http://0x7f.0.0.2:" + server.getAddress().getPort() + "/icon.png");
                case "/to-file" -> redirect(exchange, "file:///etc/passwd");
                default -> {
                    exchange.sendResponseHeaders(404, -1);
                }
            }
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, byte[] body, boolean chunked) throws IOException {
        exchange.sendResponseHeaders(200, chunked ? 0 : body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int offset = 0; offset < body.length; offset += 1000) {
                out.write(body, offset, Math.min(1000, body.length - offset));
                out.flush();
            }
        }
    }

    /** Bytes of this size that start as a PNG does. */
    static byte[] png(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 7);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.writeBytes(first);
        both.writeBytes(second);
        return both.toByteArray();
    }
}
