package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.RestServer;
import dev.accolade.adapter.in.rest.RestSettings;
import dev.accolade.adapter.out.memory.InMemoryStore;
import dev.accolade.application.Accolade;
import dev.accolade.application.AccoladeSettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Closing stops the HTTP server first, so requests in flight still have their store; then the delivery
 * thread; then the store. To see when the delivery thread stops, its dispatcher (the real one, watched)
 * reports every round as full, so the thread dispatches again and again until it is told to stop: its
 * last dispatch must find the HTTP server stopped, and none may come once the store is closed.
 */
class ServerShutdownOrderTest {

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger port = new AtomicInteger();
    private final AtomicBoolean dispatching = new AtomicBoolean();
    private final AtomicBoolean lastDispatchFoundHttpStopped = new AtomicBoolean();
    private final AtomicBoolean storeClosed = new AtomicBoolean();
    private final CountDownLatch dispatched = new CountDownLatch(1);

    @Test
    void the_http_server_stops_then_the_delivery_thread_and_only_then_the_store_closes() throws InterruptedException {
        OpenStore store = new OpenStore(new InMemoryStore(), () -> {
            storeClosed.set(true);
            events.add("store closed" + (dispatching.get() ? " during a dispatch" : "")
                    + (lastDispatchFoundHttpStopped.get() ? "" : " before the deliveries saw HTTP stopped")
                    + (accepts(port.get()) ? " while HTTP listens" : ""));
        });
        Accolade accolade = store.accolade(AccoladeSettings.DEFAULT);
        RestServer rest = RestServer.start(accolade, new RestSettings("127.0.0.1", 0, "a-token-of-sixteen-or-more"));
        port.set(rest.port());
        DeliveryScheduler deliveries = DeliveryScheduler.start(() -> {
            dispatching.set(true);
            if (storeClosed.get()) {
                events.add("dispatched after the store closed");
            }
            accolade.deliveries().dispatchDue();
            pause();
            lastDispatchFoundHttpStopped.set(!accepts(port.get()));
            dispatched.countDown();
            dispatching.set(false);
            return DeliveryScheduler.FULL_ROUND;
        });
        Server server = new Server(rest, store, deliveries);
        assertThat(dispatched.await(10, TimeUnit.SECONDS)).as("the delivery thread dispatches").isTrue();

        server.close();

        assertThat(events).containsExactly("store closed");
    }

    /** A little time between dispatches, so that the thread does not spin. */
    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
