package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server as run: an Achieve Mint client names a template's icon by URL only, and the server
 * downloads it from an allow-listed local server through the outbound-HTTP adapter and stores it; but a
 * verification, which anyone may ask for, never reaches that server nor any other private address.
 */
class FetchByUrlTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H',
        'D', 'R'};

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final CliOutput output = new CliOutput(new PrintWriter(new StringWriter(), true),
            new PrintWriter(new StringWriter()));
    private final AtomicInteger assertionRequests = new AtomicInteger();
    private HttpServer images;
    private Server server;

    @BeforeEach
    void start() throws IOException {
        images = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        images.createContext("/icon.png", exchange -> {
            exchange.sendResponseHeaders(200, PNG.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(PNG);
            }
        });
        images.createContext("/assertion", exchange -> {
            assertionRequests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        images.start();
        Configuration configuration = Configuration.resolve(
                new Flags(0, "127.0.0.1", "memory", null, null, true, "127.0.0.1/32"),
                Map.of("ACCOLADE_ADMIN_TOKEN", "a-token-of-sixteen-or-more"), new Properties());
        server = Server.start(configuration, output);
    }

    @AfterEach
    void stop() {
        server.close();
        images.stop(0);
    }

    @Test
    void an_icon_named_by_url_on_an_allow_listed_server_is_downloaded_and_stored() throws Exception {
        String token = signIn();
        String iconUrl = "http://127.0.0.1:" + images.getAddress().getPort() + "/icon.png";

        JsonNode created = call("create_template", token, Map.of("title", "Fetched",
                "icon", "{\"format\":\"png\",\"url\":\"" + iconUrl + "\"}")).body();

        String stored = created.at("/template/icon").asText();
        assertThat(stored).as(created.toString()).startsWith("http://").doesNotContain(iconUrl);
        HttpResponse<byte[]> icon = http.send(HttpRequest.newBuilder(URI.create(stored)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.body()).isEqualTo(PNG);
    }

    @Test
    void an_icon_at_an_address_outside_the_allow_list_is_refused_and_nothing_is_created() throws Exception {
        String token = signIn();

        AchieveMintClient.Answer refused = call("create_template", token, Map.of("title", "Metadata",
                "icon", "{\"format\":\"png\",\"url\":\"http://169.254.169.254/latest/meta-data/\"}"));
        AchieveMintClient.Answer mismatched = call("create_template", token, Map.of("title", "Mismatched",
                "icon", "{\"format\":\"gif\",\"url\":\"http://127.0.0.1:" + images.getAddress().getPort()
                        + "/icon.png\"}"));

        assertThat(refused.body().at("/error/code").asInt()).isEqualTo(70);
        assertThat(refused.error()).isEqualTo("url_address_refused");
        assertThat(mismatched.body().at("/error/code").asInt()).isEqualTo(70);
        assertThat(mismatched.error()).isEqualTo("url_content_mismatch");
        JsonNode drafts = call("find_templates", token, Map.of("status", "draft")).body();
        assertThat(drafts.toString()).doesNotContain("Metadata", "Mismatched");
    }

    @Test
    void a_verification_url_at_a_private_address_is_never_fetched_whatever_the_allow_list_allows()
            throws Exception {
        String allowListed = "http://127.0.0.1:" + images.getAddress().getPort() + "/assertion";
        for (String url : List.of(allowListed, "http://10.20.30.40/assertion", "http://[::1]:9/assertion",
                "http://169.254.169.254/latest/meta-data/", "http://0x7f.1/assertion")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.port() + "/v1/verifications")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + url + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(url + ": " + answer.body()).isEqualTo(200);
            JsonNode report = JSON.readTree(answer.body()).path("data");
            assertThat(report.path("verdict").asText()).as(url).isEqualTo("unverifiable");
            assertThat(report.at("/checks/0/detail").asText())
                    .isEqualTo("Nothing could be fetched from " + url + ".");
        }
        assertThat(assertionRequests).hasValue(0);
    }

    private String signIn() throws Exception {
        return new AchieveMintClient(server.port()).signIn("demo@sandbox.accolade.test", "sandbox-demo");
    }

    private AchieveMintClient.Answer call(String method, String token, Map<String, String> fields) throws Exception {
        return new AchieveMintClient(server.port()).call(method, token, fields);
    }
}
