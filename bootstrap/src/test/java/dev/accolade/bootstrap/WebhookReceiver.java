package dev.accolade.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A webhook receiver on 127.0.0.1 that answers 204 and keeps every POST, for end-to-end tests. */
final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Post> posts = new CopyOnWriteArrayList<>();

    /** One POST: its delivery id, timestamp, signature, raw body and the event the body names. */
    record Post(String delivery, long timestamp, String signature, String body, String event) {
    }

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/hooks", this::receive);
        server.start();
    }

    /** Where the endpoint is. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The POSTs once every expected event arrived, or all there are when the wait ends first. */
    List<Post> awaitEvents(Collection<String> expected, Duration wait) throws InterruptedException {
        Instant end = Instant.now().plus(wait);
        while (!posts.stream().map(Post::event).toList().containsAll(expected) && Instant.now().isBefore(end)) {
            Thread.sleep(50);
        }
        return List.copyOf(posts);
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        try {
            posts.add(new Post(exchange.getRequestHeaders().getFirst("Accolade-Delivery"),
                    Long.parseLong(exchange.getRequestHeaders().getFirst("Accolade-Timestamp")),
                    exchange.getRequestHeaders().getFirst("Accolade-Signature"), body,
                    JSON.readTree(body).path("event").asText()));
        } catch (IOException | NumberFormatException malformed) {
            posts.add(new Post(null, 0, null, body, "malformed"));
        }
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
