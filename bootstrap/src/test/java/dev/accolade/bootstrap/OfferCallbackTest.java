package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.accolade.application.support.CallbackSignature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server as run: an Achieve Mint client awards with a {@code callback_url} on an allow-listed local
 * receiver, the member accepts, and the server's delivery thread POSTs the signed decision; a callback
 * URL outside the allow-list is refused when the award is made.
 */
class OfferCallbackTest {

    private final ObjectMapper json = new ObjectMapper();
    private final CliOutput output = new CliOutput(new PrintWriter(new StringWriter(), true),
            new PrintWriter(new StringWriter()));
    private final BlockingQueue<Map<String, String>> received = new ArrayBlockingQueue<>(10);
    private HttpServer receiver;
    private Server server;
    private AchieveMintClient client;

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        receiver.createContext("/answers", exchange -> {
            received.add(Map.of("delivery", exchange.getRequestHeaders().getFirst("Accolade-Delivery"),
                    "timestamp", exchange.getRequestHeaders().getFirst("Accolade-Timestamp"),
                    "signature", exchange.getRequestHeaders().getFirst("Accolade-Signature"),
                    "body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        Configuration configuration = Configuration.resolve(
                new Flags(0, "127.0.0.1", "memory", null, null, true, "127.0.0.1/32"),
                Map.of("ACCOLADE_ADMIN_TOKEN", "a-token-of-sixteen-or-more"), new Properties());
        server = Server.start(configuration, output);
        client = new AchieveMintClient(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
        receiver.stop(0);
    }

    @Test
    void an_accepted_offer_is_reported_to_its_callback_url_with_a_signature_made_with_the_callback_token()
            throws Exception {
        String issuer = client.signIn("demo@sandbox.accolade.test", "sandbox-demo");
        String member = client.signIn("tester@sandbox.accolade.test", "sandbox-tester");
        long template = client.call("create_template", issuer, Map.of("title", "Called back")).body()
                .at("/template/id").asLong();
        String callbackUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/answers";

        JsonNode awarded = client.call("award", issuer, Map.of("template_id", Long.toString(template),
                "user_identity", "{\"email\":\"tester@sandbox.accolade.test\"}", "callback_url", callbackUrl)).body();
        long offer = awarded.at("/offer/id").asLong();
        String token = awarded.at("/callback_token").asText();
        assertThat(token).as(awarded.toString()).hasSize(32);
        client.call("accept_offer", member, Map.of("id", Long.toString(offer)));

        Map<String, String> post = received.poll(30, TimeUnit.SECONDS);
        assertThat(post).as("the signed POST reached the receiver").isNotNull();
        JsonNode body = json.readTree(post.get("body"));
        assertThat(body.get("offer_id").asLong()).isEqualTo(offer);
        assertThat(body.get("decision").asText()).isEqualTo("accepted");
        assertThat(body.get("callback_token").asText()).isEqualTo(token);
        assertThat(post.get("delivery")).matches("[0-9]+");
        assertThat(post.get("signature")).isEqualTo(
                CallbackSignature.v1(token, Long.parseLong(post.get("timestamp")), post.get("body")));
    }

    @Test
    void a_callback_url_outside_the_allow_list_is_refused_when_the_award_is_made() throws Exception {
        String issuer = client.signIn("demo@sandbox.accolade.test", "sandbox-demo");
        long template = client.call("create_template", issuer, Map.of("title", "Metadata")).body()
                .at("/template/id").asLong();

        AchieveMintClient.Answer refused = client.call("award", issuer, Map.of("template_id",
                Long.toString(template),
                "user_identity", "{\"email\":\"tester@sandbox.accolade.test\"}",
                "callback_url", "http://169.254.169.254/latest/meta-data/"));

        assertThat(refused.error()).as(refused.body().toString()).isEqualTo("url_address_refused");
        assertThat(refused.body().at("/error/code").asInt()).isEqualTo(70);
        JsonNode offers = client.call("find_offers", issuer, Map.of()).body();
        assertThat(offers.toString()).doesNotContain("169.254");
    }
}
