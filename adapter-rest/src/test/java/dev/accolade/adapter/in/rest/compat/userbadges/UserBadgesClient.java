package dev.accolade.adapter.in.rest.compat.userbadges;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.in.rest.RateLimits;
import dev.accolade.adapter.in.rest.RestServer;
import dev.accolade.adapter.in.rest.RestSettings;
import dev.accolade.application.Accolade;
import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.port.out.ClockPort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A server on a free port over a fresh in-memory store with a clock the test sets, and a client that
 * speaks to it over real HTTP as a UserBadges client would, with only the base URL changed.
 */
final class UserBadgesClient implements AutoCloseable {

    static final String ADMIN_TOKEN = "admin-token-0123456789abcdef";
    static final String BASE = "/compat/userbadges";

    private static final ObjectMapper JSON = new ObjectMapper();

    final SettableClock clock = new SettableClock(Instant.parse("2013-02-24T19:16:15.142Z"));
    private final RestServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    UserBadgesClient(boolean sandbox) {
        this(sandbox, RateLimits.DEFAULT);
    }

    /** A client of a server, in the sandbox or not, with these rate limits. */
    UserBadgesClient(boolean sandbox, RateLimits limits) {
        Accolade accolade = Accolade.builder().store(Accolade.openStore("memory")).clock(clock)
                .settings(AccoladeSettings.DEFAULT.withSandbox(sandbox)).build();
        server = RestServer.start(accolade, new RestSettings("127.0.0.1", 0, ADMIN_TOKEN).withRateLimits(limits));
    }

    int port() {
        return server.port();
    }

    /** Creates a service as the operator, over the native API, and returns its id. */
    long createService(String slug) {
        Reply reply = send("POST", "/v1/issuers", "Bearer " + ADMIN_TOKEN,
                "{\"slug\":\"" + slug + "\",\"name\":\"" + slug + "\"}");
        if (reply.status() != 201) {
            throw new IllegalStateException("service not created: " + reply.body());
        }
        return reply.json().at("/data/id").asLong();
    }

    /** Sets a service's signing secret as the operator, imported when given, and returns it. */
    String signingSecret(long service, String imported) {
        Reply reply = send("PUT", "/v1/issuers/" + service + "/signing_secret", "Bearer " + ADMIN_TOKEN,
                imported == null ? "" : "{\"secret\":\"" + imported + "\"}");
        if (reply.status() != 200) {
            throw new IllegalStateException("secret not set: " + reply.body());
        }
        return reply.json().at("/data/secret").asText();
    }

    Reply get(String path) {
        return send("GET", BASE + path, null, null);
    }

    Reply send(String method, String path, String authorization, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response, parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A write signed as the dialect documents: {@code ts} and the hex HMAC of method, path, ts and body. */
    Reply signed(String method, String path, String body, String secret, String algorithm, long ts) {
        String signature = sign(algorithm, secret, method, path, Long.toString(ts), body);
        return send(method, BASE + path + "?ts=" + ts + "&signature=" + signature, null, body);
    }

    /** The signature of a request, computed independently of the server's code. */
    static String sign(String algorithm, String secret, String method, String path, String ts, String body) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            String canonical = method + "\n" + path + "\n" + ts + "\n" + body;
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String body) {
        try {
            return body == null || body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    /**
     * A response: its status, the raw response, and its body as JSON.
     *
     * @param status the status
     * @param raw the response
     * @param json the body as JSON
     */
    record Reply(int status, HttpResponse<String> raw, JsonNode json) {

        String body() {
            return raw.body();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** A clock the test sets; it stands still in between. */
    static final class SettableClock implements ClockPort {

        private final AtomicReference<Instant> now;

        SettableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void set(Instant instant) {
            now.set(instant);
        }

        @Override
        public Instant now() {
            return now.get().truncatedTo(ChronoUnit.MICROS);
        }
    }
}
