package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.RestServer;
import dev.accolade.adapter.in.rest.RestSettings;
import dev.accolade.adapter.out.memory.InMemoryStore;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Closing stops the HTTP server before the store, so requests in flight still have their store. */
class ServerShutdownOrderTest {

    @Test
    void the_http_server_is_stopped_before_the_store_closes() {
        List<String> events = new ArrayList<>();
        InMemoryStore ports = new InMemoryStore();
        int[] port = new int[1];
        OpenStore store = new OpenStore(ports,
                () -> events.add(accepts(port[0]) ? "store closed while HTTP listens" : "store closed"));
        RestServer rest = RestServer.start(store.accolade(false),
                new RestSettings("127.0.0.1", 0, "a-token-of-sixteen-or-more"));
        port[0] = rest.port();
        Server server = new Server(rest, store);

        server.close();

        assertThat(events).containsExactly("store closed");
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
