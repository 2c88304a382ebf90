package dev.accolade.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * A free port, for a server asked to listen on "any free one" (port 0): picked before the server is
 * assembled, so that the public URL its credentials derive from can name it.
 */
final class FreePort {

    private FreePort() {
    }

    /** A port free on this address right now. */
    static int on(String host) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(host, 0), 1);
            return probe.getLocalPort();
        } catch (IOException unavailable) {
            throw new UncheckedIOException("no free port on " + host, unavailable);
        }
    }
}
