package dev.accolade.adapter.out.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.accolade.application.support.CallbackSignature;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A receiver of deliveries on 127.0.0.1 that records every POST and fails as many times as it is told. */
final class RecordingReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile Runnable beforeAnswering = () -> { };

    /** One POST as the receiver saw it. */
    record Received(String delivery, String timestamp, String signature, String body) {

        /** Whether the signature is the one this key makes of this timestamp and body. */
        boolean signedWith(String key) {
            return signature.equals(CallbackSignature.v1(key, Long.parseLong(timestamp), body));
        }
    }

    RecordingReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", this::receive);
        server.start();
    }

    /** The URL of a path on this receiver. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers 500 to the next {@code count} POSTs, 200 after. */
    void failNext(int count) {
        failuresLeft.set(count);
    }

    /** Runs this on every POST before answering it, as something happening while a delivery is sent. */
    void beforeAnswering(Runnable action) {
        beforeAnswering = action;
    }

    /** Every POST so far, in order. */
    List<Received> received() {
        return List.copyOf(received);
    }

    private void receive(HttpExchange exchange) throws IOException {
        received.add(new Received(exchange.getRequestHeaders().getFirst(CallbackSignature.DELIVERY_HEADER),
                exchange.getRequestHeaders().getFirst(CallbackSignature.TIMESTAMP_HEADER),
                exchange.getRequestHeaders().getFirst(CallbackSignature.SIGNATURE_HEADER),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        beforeAnswering.run();
        exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 500 : 200, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
