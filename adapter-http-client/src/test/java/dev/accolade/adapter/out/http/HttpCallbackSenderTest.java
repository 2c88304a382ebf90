package dev.accolade.adapter.out.http;

import static dev.accolade.adapter.out.http.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.accolade.application.port.out.SendResult;
import dev.accolade.domain.common.WebUrl;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpCallbackSenderTest {

    private static final AddressPolicy LOOPBACK_ALLOWED = new AddressPolicy(List.of(Cidr.parse("127.0.0.1/32")));
    private static final String BODY = "{\"offer_id\":7,\"decision\":\"accepted\",\"note\":\"Ōtsuka\"}";

    private final Map<String, String> received = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private HttpCallbackSender sender;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        sender = new HttpCallbackSender(LOOPBACK_ALLOWED);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        received.put("method", exchange.getRequestMethod());
        received.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        received.put("type", exchange.getRequestHeaders().getFirst("Content-Type"));
        received.put("delivery", String.valueOf(exchange.getRequestHeaders().getFirst("Accolade-Delivery")));
        int status = exchange.getRequestURI().getPath().equals("/fail") ? 500 : 204;
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private WebUrl url(String path) {
        return new WebUrl("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void a_post_to_an_allow_listed_receiver_carries_the_body_and_headers_and_a_2xx_is_delivered() {
        SendResult result = sender.send(url("/ok"), BODY, Map.of("Accolade-Delivery", "42"));

        assertThat(result.outcome()).isEqualTo(SendResult.Outcome.DELIVERED);
        assertThat(received).containsEntry("method", "POST").containsEntry("body", BODY)
                .containsEntry("type", "application/json; charset=utf-8").containsEntry("delivery", "42");
    }

    @Test
    void an_error_status_is_to_be_retried() {
        SendResult result = sender.send(url("/fail"), BODY, Map.of());

        assertThat(result.outcome()).isEqualTo(SendResult.Outcome.RETRY);
        assertThat(result.detail()).startsWith("HTTP 500");
    }

    @Test
    void a_receiver_slower_than_the_limit_is_to_be_retried() throws IOException {
        HttpCallbackSender impatient = new HttpCallbackSender(LOOPBACK_ALLOWED, HostResolver.system(),
                new FetchLimits(Duration.ofMillis(500), Duration.ofMillis(300), 3),
                (SSLSocketFactory) SSLSocketFactory.getDefault());
        try (RawServer silent = RawServer.silent()) {
            SendResult result = impatient.send(new WebUrl(silent.url("/slow")), BODY, Map.of());

            assertThat(result.outcome()).isEqualTo(SendResult.Outcome.RETRY);
            assertThat(result.detail()).startsWith(FetchErrors.TIMEOUT);
        }
    }

    @Test
    void a_refused_address_is_refused_for_good_without_a_connection() {
        HttpCallbackSender strict = new HttpCallbackSender(AddressPolicy.strict());

        SendResult result = strict.send(url("/ok"), BODY, Map.of());

        assertThat(result.outcome()).isEqualTo(SendResult.Outcome.REFUSED);
        assertThat(result.detail()).startsWith(FetchErrors.ADDRESS_REFUSED);
        assertThat(requests).hasValue(0);
    }

    @Test
    void registering_a_callback_url_refuses_a_literal_address_outside_the_policy_without_resolving_names() {
        HttpCallbackSender strict = new HttpCallbackSender(AddressPolicy.strict());

        assertRefused(() -> strict.check(new WebUrl("http://127.0.0.1/cb")), FetchErrors.ADDRESS_REFUSED);
        strict.check(new WebUrl("https://receiver.example/cb"));
        assertThat(requests).hasValue(0);
    }
}
