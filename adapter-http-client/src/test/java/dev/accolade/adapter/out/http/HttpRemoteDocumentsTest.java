package dev.accolade.adapter.out.http;

import static dev.accolade.adapter.out.http.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.accolade.application.port.out.credential.ResolvedDocument;
import dev.accolade.domain.common.WebUrl;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Other issuers' documents for a verification, fetched from a real server on 127.0.0.1 (allow-listed
 * here; the server wires a strict policy): a JSON-LD document and a revoked assertion's 410 come back
 * with their bodies, other answers with their status alone, and the guard's limits hold.
 */
class HttpRemoteDocumentsTest {

    /** What a verification reads at most of one document. */
    private static final int ONE_MIB = 1024 * 1024;
    private static final String PROFILE = "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Issuer\"}";

    private final Map<String, String> accepts = new ConcurrentHashMap<>();
    private HttpServer server;
    private HttpRemoteDocuments documents;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        documents = new HttpRemoteDocuments(new AddressPolicy(List.of(Cidr.parse("127.0.0.1/32"))));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_json_ld_document_is_fetched_asking_for_json_ld_first() {
        ResolvedDocument profile = documents.fetch(url("/issuer"), ONE_MIB);

        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.mediaType()).isEqualTo("application/ld+json");
        assertThat(new String(profile.body(), StandardCharsets.UTF_8)).isEqualTo(PROFILE);
        assertThat(accepts.get("/issuer")).isEqualTo(HttpRemoteDocuments.ACCEPT).startsWith("application/ld+json,");
    }

    @Test
    void a_revoked_assertion_comes_back_gone_with_its_body() {
        ResolvedDocument gone = documents.fetch(url("/revoked"), ONE_MIB);

        assertThat(gone.status()).isEqualTo(410);
        assertThat(new String(gone.body(), StandardCharsets.UTF_8)).contains("\"revoked\":true");
    }

    @Test
    void a_document_over_one_mebibyte_is_refused() {
        assertRefused(() -> documents.fetch(url("/huge"), ONE_MIB), FetchErrors.TOO_LARGE);
        assertThat(documents.fetch(url("/just-fits"), ONE_MIB).body()).hasSize(ONE_MIB);
    }

    @Test
    void a_missing_document_or_a_server_error_comes_back_with_its_status_and_no_body() {
        ResolvedDocument missing = documents.fetch(url("/nothing-here"), ONE_MIB);
        ResolvedDocument failing = documents.fetch(url("/broken"), ONE_MIB);

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).isEmpty();
        assertThat(failing.status()).isEqualTo(500);
        assertThat(failing.body()).isEmpty();
    }

    @Test
    void a_page_that_is_not_json_comes_back_as_what_it_declares_and_compressed_content_is_refused() {
        ResolvedDocument page = documents.fetch(url("/page"), ONE_MIB);

        assertThat(page.mediaType()).startsWith("text/html");
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).startsWith("<!doctype html>");
        assertRefused(() -> documents.fetch(url("/gzipped"), ONE_MIB), FetchErrors.CONTENT_MISMATCH);
    }

    @Test
    void three_redirects_are_followed_and_a_fourth_is_refused() {
        assertThat(documents.fetch(url("/redirect/3"), ONE_MIB).status()).isEqualTo(200);
        accepts.clear();

        assertRefused(() -> documents.fetch(url("/redirect/4"), ONE_MIB), FetchErrors.TOO_MANY_REDIRECTS);
        assertThat(accepts).containsOnlyKeys("/redirect/4", "/redirect/3", "/redirect/2", "/redirect/1");
    }

    @Test
    void a_redirect_to_a_metadata_address_is_refused_before_connecting_there() {
        assertRefused(() -> documents.fetch(url("/to-metadata"), ONE_MIB), FetchErrors.ADDRESS_REFUSED);
    }

    @Test
    void the_strict_policy_the_server_uses_refuses_the_same_server_without_asking_it() {
        HttpRemoteDocuments strict = new HttpRemoteDocuments(AddressPolicy.strict());

        assertRefused(() -> strict.fetch(url("/issuer"), ONE_MIB), FetchErrors.ADDRESS_REFUSED);
        assertRefused(() -> strict.fetch(new WebUrl("http://10.20.30.40/issuer"), ONE_MIB),
                FetchErrors.ADDRESS_REFUSED);
        assertThat(accepts).isEmpty();
    }

    private WebUrl url(String path) {
        return new WebUrl("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        accepts.put(path, exchange.getRequestHeaders().getFirst("Accept"));
        try (exchange) {
            if (path.startsWith("/redirect/")) {
                int left = Integer.parseInt(path.substring("/redirect/".length()));
                redirect(exchange, left <= 1 ? "/issuer" : "/redirect/" + (left - 1));
                return;
            }
            switch (path) {
                case "/issuer" -> send(exchange, 200, "application/ld+json", PROFILE.getBytes(StandardCharsets.UTF_8));
                case "/revoked" -> send(exchange, 410, "application/ld+json",
                        "{\"id\":\"x\",\"revoked\":true}".getBytes(StandardCharsets.UTF_8));
                case "/huge" -> send(exchange, 200, "application/ld+json", new byte[ONE_MIB + 1]);
                case "/just-fits" -> send(exchange, 200, "application/ld+json", new byte[ONE_MIB]);
                case "/broken" -> send(exchange, 500, "application/json", "{\"error\":1}".getBytes(
                        StandardCharsets.UTF_8));
                case "/page" -> send(exchange, 200, "text/html; charset=utf-8",
                        "<!doctype html><p>Welcome</p>".getBytes(StandardCharsets.UTF_8));
                case "/gzipped" -> {
                    exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                    send(exchange, 200, "application/ld+json", PROFILE.getBytes(StandardCharsets.UTF_8));
                }
                case "/to-metadata" -> redirect(exchange, "http://169.254.169.254/latest/meta-data/");
                default -> exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
