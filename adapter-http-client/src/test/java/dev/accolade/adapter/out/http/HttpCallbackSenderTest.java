package dev.accolade.adapter.out.http;

import static dev.accolade.adapter.out.http.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.accolade.application.port.out.SendResult;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.error.DomainException;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Callbacks sent to receivers on 127.0.0.1, and callback URLs checked at registration and at call time with
 * names resolved from a table: what is delivered, retried or refused for good.
 */
class HttpCallbackSenderTest {

    private static final AddressPolicy LOOPBACK_ALLOWED = new AddressPolicy(List.of(Cidr.parse("127.0.0.1/32")));
    private static final SSLSocketFactory DEFAULT_TLS = (SSLSocketFactory) SSLSocketFactory.getDefault();
    /** Far longer than any limit a test sets; only a call that ignores its limits comes near it. */
    private static final Duration SAFETY_NET = Duration.ofSeconds(20);
    private static final String BODY = "{\"offer_id\":7,\"decision\":\"accepted\",\"note\":\"Ōtsuka\"}";

    private final Map<String, String> received = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final HostTable table = new HostTable(Map.of("receiver.example", "93.184.215.14",
            "intranet.example", "10.0.0.1", "metadata.example", "169.254.169.254",
            "mixed.example", "93.184.215.14,192.168.0.1", "hooks.test", "127.0.0.1"));
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
                new FetchLimits(Duration.ofMillis(500), Duration.ofMillis(300), 3), DEFAULT_TLS);
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
    void a_receiver_that_never_answers_the_connection_attempt_fails_after_the_connect_timeout() throws IOException {
        HttpCallbackSender patient = new HttpCallbackSender(LOOPBACK_ALLOWED, HostResolver.system(),
                new FetchLimits(Duration.ofMillis(300), Duration.ofSeconds(60), 3), DEFAULT_TLS);
        try (FullBacklog unanswered = FullBacklog.open()) {
            SendResult result = assertTimeoutPreemptively(SAFETY_NET,
                    () -> patient.send(new WebUrl(unanswered.url("/hook")), BODY, Map.of()));

            assertThat(result.outcome()).isEqualTo(SendResult.Outcome.RETRY);
            assertThat(result.detail()).startsWith(FetchErrors.TIMEOUT).contains("did not accept the connection");
        }
    }

    @Test
    void a_name_lookup_slower_than_the_limit_is_to_be_retried() {
        try (HangingResolver hanging = new HangingResolver()) {
            HttpCallbackSender impatient = new HttpCallbackSender(AddressPolicy.strict(), hanging,
                    new FetchLimits(Duration.ofMillis(300), Duration.ofMillis(300), 3), DEFAULT_TLS);

            SendResult result = assertTimeoutPreemptively(SAFETY_NET,
                    () -> impatient.send(new WebUrl("https://receiver.example/hook"), BODY, Map.of()));

            assertThat(result.outcome()).isEqualTo(SendResult.Outcome.RETRY);
            assertThat(result.detail()).startsWith(FetchErrors.TIMEOUT).contains("receiver.example");
        }
    }

    @Test
    void a_name_that_does_not_resolve_at_call_time_is_to_be_retried() {
        SendResult result = senderWith(AddressPolicy.strict()).send(new WebUrl("https://gone.example/hook"), BODY,
                Map.of());

        assertThat(result.outcome()).isEqualTo(SendResult.Outcome.RETRY);
        assertThat(result.detail()).startsWith(FetchErrors.UNREACHABLE);
    }

    @Test
    void a_name_that_resolves_to_a_refused_address_at_call_time_is_refused_for_good() {
        SendResult result = senderWith(AddressPolicy.strict()).send(new WebUrl("https://intranet.example/hook"),
                BODY, Map.of());

        assertThat(result.outcome()).isEqualTo(SendResult.Outcome.REFUSED);
        assertThat(result.detail()).startsWith(FetchErrors.ADDRESS_REFUSED);
    }

    @Test
    void registering_a_callback_url_refuses_a_literal_address_outside_the_policy_without_resolving_names() {
        assertRefused(() -> senderWith(AddressPolicy.strict()).check(new WebUrl("http://127.0.0.1/cb")),
                FetchErrors.ADDRESS_REFUSED);
        assertThat(table.lookedUp()).isEmpty();
        assertThat(requests).hasValue(0);
    }

    @Test
    void registering_a_callback_url_resolves_its_name_and_accepts_a_public_address() {
        senderWith(AddressPolicy.strict()).check(new WebUrl("https://receiver.example/cb"));

        assertThat(table.lookedUp()).containsExactly("receiver.example");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://intranet.example/cb", "http://metadata.example/latest",
        "https://mixed.example/cb"})
    void registering_a_callback_url_refuses_a_name_that_resolves_to_a_refused_address(String url) {
        assertRefused(() -> senderWith(AddressPolicy.strict()).check(new WebUrl(url)), FetchErrors.ADDRESS_REFUSED);
    }

    @Test
    void registering_a_callback_url_refuses_a_name_that_does_not_resolve() {
        DomainException refusal = assertRefused(
                () -> senderWith(AddressPolicy.strict()).check(new WebUrl("https://gone.example/cb")),
                FetchErrors.UNREACHABLE);

        assertThat(refusal.getMessage()).contains("gone.example cannot be resolved");
    }

    @Test
    void registering_a_callback_url_accepts_a_name_that_resolves_to_an_allow_listed_loopback_address() {
        senderWith(LOOPBACK_ALLOWED).check(new WebUrl("http://hooks.test:8080/cb"));

        assertRefused(() -> senderWith(AddressPolicy.strict()).check(new WebUrl("http://hooks.test:8080/cb")),
                FetchErrors.ADDRESS_REFUSED);
    }

    @Test
    void registering_a_callback_url_whose_lookup_is_slower_than_a_call_may_be_is_refused() {
        try (HangingResolver hanging = new HangingResolver()) {
            HttpCallbackSender impatient = new HttpCallbackSender(AddressPolicy.strict(), hanging,
                    new FetchLimits(Duration.ofMillis(300), Duration.ofMillis(300), 3), DEFAULT_TLS);

            assertTimeoutPreemptively(SAFETY_NET, () -> assertRefused(
                    () -> impatient.check(new WebUrl("https://receiver.example/cb")), FetchErrors.TIMEOUT));
        }
    }

    private HttpCallbackSender senderWith(AddressPolicy policy) {
        return new HttpCallbackSender(policy, table, FetchLimits.DEFAULT, DEFAULT_TLS);
    }
}
