package dev.accolade.adapter.out.http;

import static dev.accolade.adapter.out.http.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.accolade.application.port.out.SendResult;
import dev.accolade.domain.common.Content;
import dev.accolade.domain.common.FileFormat;
import dev.accolade.domain.common.WebUrl;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Callbacks and downloads over https to a local server whose self-signed certificate names localhost and
 * 127.0.0.1: they go through when the client trusts that certificate, and fail before any request is sent
 * with the default trust store or when the certificate does not name the URL's host.
 */
class HttpsTest {

    private static final AddressPolicy LOOPBACK_ALLOWED = new AddressPolicy(List.of(Cidr.parse("127.0.0.1/32")));
    private static final byte[] PNG = HttpRemoteContentTest.png(512);
    private static final String BODY = "{\"offer_id\":7,\"decision\":\"accepted\"}";

    @TempDir
    static Path keys;
    private static SelfSignedTls certificate;

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final HostTable table = new HostTable(Map.of("localhost", "127.0.0.1", "receiver.example", "127.0.0.1"));
    private HttpsServer server;
    private SSLSocketFactory trusting;

    @BeforeAll
    static void generateTheCertificate() throws Exception {
        certificate = SelfSignedTls.generate(keys);
    }

    @BeforeEach
    void start() throws Exception {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(certificate.server()));
        server.createContext("/", this::handle);
        server.start();
        trusting = certificate.trustingClient();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"localhost", "127.0.0.1"})
    void a_callback_to_a_server_whose_certificate_the_client_trusts_is_delivered(String host) {
        HttpCallbackSender sender = new HttpCallbackSender(LOOPBACK_ALLOWED, table, FetchLimits.DEFAULT, trusting);

        SendResult result = sender.send(url(host, "/hook"), BODY, Map.of("Accolade-Delivery", "42"));

        assertThat(result.outcome()).isEqualTo(SendResult.Outcome.DELIVERED);
        assertThat(received).containsExactly("POST /hook " + BODY);
    }

    @Test
    void the_same_server_is_not_trusted_with_the_default_trust_store_and_the_callback_is_retried() {
        HttpCallbackSender sender = new HttpCallbackSender(LOOPBACK_ALLOWED, table, FetchLimits.DEFAULT,
                (SSLSocketFactory) SSLSocketFactory.getDefault());

        SendResult result = sender.send(url("localhost", "/hook"), BODY, Map.of());

        assertHandshakeFailedBeforeAnyRequest(result);
    }

    @Test
    void a_certificate_that_does_not_name_the_host_fails_the_callback_although_it_is_trusted() {
        HttpCallbackSender sender = new HttpCallbackSender(LOOPBACK_ALLOWED, table, FetchLimits.DEFAULT, trusting);

        SendResult result = sender.send(url("receiver.example", "/hook"), BODY, Map.of());

        assertHandshakeFailedBeforeAnyRequest(result);
    }

    @Test
    void an_image_is_fetched_from_a_server_whose_certificate_the_client_trusts() {
        HttpRemoteContent remote = new HttpRemoteContent(LOOPBACK_ALLOWED, table, FetchLimits.DEFAULT, trusting);

        Content content = remote.fetch(url("localhost", "/icon.png"), FileFormat.PNG, Content.MAX_IMAGE_BYTES);

        assertThat(content.bytes()).isEqualTo(PNG);
    }

    @Test
    void an_image_is_not_fetched_when_the_certificate_does_not_name_the_host() {
        HttpRemoteContent remote = new HttpRemoteContent(LOOPBACK_ALLOWED, table, FetchLimits.DEFAULT, trusting);

        assertRefused(() -> remote.fetch(url("receiver.example", "/icon.png"), FileFormat.PNG,
                Content.MAX_IMAGE_BYTES), FetchErrors.UNREACHABLE);
        assertThat(received).isEmpty();
    }

    private void assertHandshakeFailedBeforeAnyRequest(SendResult result) {
        assertThat(result.outcome()).isEqualTo(SendResult.Outcome.RETRY);
        assertThat(result.detail()).startsWith(FetchErrors.UNREACHABLE).contains("TLS handshake");
        assertThat(received).isEmpty();
    }

    private WebUrl url(String host, String path) {
        return new WebUrl("https://" + host + ":" + server.getAddress().getPort() + path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " " + body);
            if (exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(200, PNG.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(PNG);
                }
            } else {
                exchange.sendResponseHeaders(204, -1);
            }
        }
    }
}
