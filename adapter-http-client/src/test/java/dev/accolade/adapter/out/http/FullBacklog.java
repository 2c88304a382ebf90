package dev.accolade.adapter.out.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A host that never answers a connection attempt, on loopback: a socket on 127.0.0.1 listens with a backlog
 * of one and never accepts; its accept queue is filled until an attempt times out, after which Linux drops
 * every further SYN, so a connection attempt waits for its own timeout. Non-routable addresses are no
 * substitute: whether they drop, refuse or even answer depends on the network the tests run in.
 */
final class FullBacklog implements AutoCloseable {

    private static final int FILLING_ATTEMPTS = 16;
    private static final int PROBE_TIMEOUT_MILLIS = 200;

    private final ServerSocket listener;
    private final List<Socket> queued;

    private FullBacklog(ServerSocket listener, List<Socket> queued) {
        this.listener = listener;
        this.queued = queued;
    }

    /** A listener whose queue is full: the last of a few connection attempts timed out. */
    static FullBacklog open() throws IOException {
        ServerSocket listener = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        List<Socket> queued = new ArrayList<>();
        FullBacklog backlog = new FullBacklog(listener, queued);
        for (int attempt = 0; attempt < FILLING_ATTEMPTS; attempt++) {
            Socket probe = new Socket();
            try {
                probe.connect(new InetSocketAddress(listener.getInetAddress(), listener.getLocalPort()),
                        PROBE_TIMEOUT_MILLIS);
                queued.add(probe);
            } catch (SocketTimeoutException full) {
                probe.close();
                return backlog;
            }
        }
        backlog.close();
        throw new IllegalStateException("the accept queue did not fill up after " + FILLING_ATTEMPTS + " connections");
    }

    /** The URL of a path on this host. */
    String url(String path) {
        return "http://127.0.0.1:" + listener.getLocalPort() + path;
    }

    @Override
    public void close() throws IOException {
        for (Socket socket : queued) {
            socket.close();
        }
        listener.close();
    }
}
