package dev.accolade.adapter.in.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.in.rest.page.PagePaths;
import dev.accolade.application.Accolade;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A server on a free port over a fresh in-memory store, and a client that speaks to it over real HTTP. */
public final class TestServer implements AutoCloseable {

    public static final String ADMIN_TOKEN = "admin-token-0123456789abcdef";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    private TestServer(RestServer server) {
        this.server = server;
    }

    public static TestServer start() {
        return start(Accolade.inMemory());
    }

    public static TestServer start(Accolade accolade) {
        return new TestServer(RestServer.start(accolade, new RestSettings("127.0.0.1", 0, ADMIN_TOKEN)));
    }

    /** A server that records its requests to, and serves at /metrics, these metrics. */
    public static TestServer start(Accolade accolade, MetricsSettings metrics) {
        return new TestServer(RestServer.start(accolade, new RestSettings("127.0.0.1", 0, ADMIN_TOKEN), metrics));
    }

    /** A server with these rate limits instead of the defaults. */
    public static TestServer start(Accolade accolade, RateLimits limits) {
        return new TestServer(RestServer.start(accolade, new RestSettings("127.0.0.1", 0, ADMIN_TOKEN)
                .withRateLimits(limits)));
    }

    /** A server on this port whose credentials' links derive from this public URL. */
    public static TestServer start(Accolade accolade, int port, String publicUrl) {
        return new TestServer(RestServer.start(accolade, new RestSettings("127.0.0.1", port, ADMIN_TOKEN, publicUrl)));
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    /** A port free on the loopback address right now, for a server whose public URL must name it. */
    public static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Reply get(String path, String token) {
        return call("GET", path, token, null);
    }

    public Reply post(String path, String token, String json) {
        return call("POST", path, token, json);
    }

    public Reply put(String path, String token, String json) {
        return call("PUT", path, token, json);
    }

    public Reply delete(String path, String token) {
        return call("DELETE", path, token, null);
    }

    /** A request with this method and bearer token, and with this JSON body unless it is null. */
    public Reply call(String method, String path, String token, String json) {
        HttpRequest.Builder builder = request(path).method(method, json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder, bearer(token));
    }

    public Reply send(HttpRequest.Builder builder, String authorization) {
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

    /**
     * Every item id of a paged list, following each page's cursor until the last (at most 50 pages),
     * checking that every page answers 200. The path already carries a query string.
     */
    public Pages pageThrough(String path, String token) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Reply page = get(path + (cursor == null ? "" : "&cursor=" + cursor), token);
            if (page.status() != 200) {
                throw new IllegalStateException("page " + (pages + 1) + " of " + path + ": " + page.raw().body());
            }
            page.json().path("data").forEach(item -> ids.add(item.path("id").asLong()));
            JsonNode next = page.json().at("/metadata/next_cursor");
            cursor = next.isNull() ? null : next.asText();
            pages++;
        } while (cursor != null && pages < 50);
        return new Pages(ids, pages);
    }

    /** The routes the server registered, each as {@code "METHOD /path"}. */
    public Set<String> routes() {
        return server.routes();
    }

    /**
     * The routes of the JSON APIs the sweeps cover: the native ones less the human pages, which answer HTML and
     * are swept by the page tests (docs/pages.md).
     */
    public Set<String> apiRoutes() {
        return nativeRoutes().stream().filter(route -> !PagePaths.covers(route.substring(route.indexOf(' ') + 1)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The routes of the native API: every registered route but the compatibility dialects' under /compat/. */
    public Set<String> nativeRoutes() {
        return routes().stream().filter(route -> !route.contains(" /compat/"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The one registered route that serves this method and path (its query string aside). */
    public String routeOf(String method, String path) {
        String bare = path.split("\\?", 2)[0];
        List<String> serving = routes().stream().filter(route -> route.startsWith(method + " "))
                .filter(route -> bare.matches(Arrays.stream(route.substring(method.length() + 1)
                        .split("\\{[^}]+}", -1)).map(Pattern::quote).collect(Collectors.joining("[^/]+"))))
                .toList();
        if (serving.size() != 1) {
            throw new IllegalStateException(method + " " + path + " is served by " + serving);
        }
        return serving.get(0);
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    /** Creates an issuer as the operator and returns its id. */
    public long createIssuer(String slug) {
        Reply reply = post("/v1/issuers", ADMIN_TOKEN, "{\"slug\":\"" + slug + "\",\"name\":\"" + slug + "\"}");
        if (reply.status() != 201) {
            throw new IllegalStateException("issuer not created: " + reply.raw().body());
        }
        return reply.json().at("/data/id").asLong();
    }

    /** Creates an API key as the operator and returns its secret. */
    public String createApiKey(long issuer) {
        Reply reply = post("/v1/issuers/" + issuer + "/api_keys", ADMIN_TOKEN, "{\"label\":\"test\"}");
        if (reply.status() != 201) {
            throw new IllegalStateException("key not created: " + reply.raw().body());
        }
        return reply.json().at("/data/secret").asText();
    }

    public static String bearer(String token) {
        return token == null ? null : "Bearer " + token;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode parse(String body) {
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

    /** The ids a walk through a paged list collected, and how many pages it took. */
    public record Pages(List<Long> ids, int count) {
    }

    /** A response: its status, the raw response, and its body as JSON. */
    public record Reply(int status, HttpResponse<String> raw, JsonNode json) {

        public String message() {
            return json.path("message").asText();
        }
    }
}
