package dev.accolade.adapter.out.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A server on 127.0.0.1 that answers every connection with the same raw bytes, ignoring HTTP rules,
 * or never answers at all: for the responses a well-behaved test server cannot send.
 */
final class RawServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> accepted = new ArrayList<>();
    private final Thread acceptor;

    private RawServer(byte[] answer, Mode mode) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        acceptor = new Thread(() -> serve(answer, mode), "raw-test-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A server that reads the request head and answers these bytes, then closes. */
    static RawServer answering(byte[] answer) throws IOException {
        return new RawServer(answer, Mode.AFTER_REQUEST);
    }

    /** A server that answers these bytes as soon as a client connects, then closes. */
    static RawServer blurting(byte[] answer) throws IOException {
        return new RawServer(answer, Mode.AT_ONCE);
    }

    /** A server that accepts connections and never says a word. */
    static RawServer silent() throws IOException {
        return new RawServer(new byte[0], Mode.NEVER);
    }

    /** The URL of a path on this server. */
    String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        synchronized (accepted) {
            for (Socket client : accepted) {
                client.close();
            }
        }
    }

    private void serve(byte[] answer, Mode mode) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                synchronized (accepted) {
                    accepted.add(client);
                }
                if (mode != Mode.NEVER) {
                    answer(client, answer, mode == Mode.AFTER_REQUEST);
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void answer(Socket client, byte[] answer, boolean afterRequest) {
        try (client) {
            InputStream in = client.getInputStream();
            int matched = afterRequest ? 0 : 4;
            byte[] end = {'\r', '\n', '\r', '\n'};
            while (matched < end.length) {
                int next = in.read();
                if (next < 0) {
                    return;
                }
                matched = next == end[matched] ? matched + 1 : (next == '\r' ? 1 : 0);
            }
            OutputStream out = client.getOutputStream();
            out.write(answer);
            out.flush();
        } catch (IOException gone) {
            // The client went away, as refused downloads do.
        }
    }

    /** When the server answers. */
    private enum Mode {
        AFTER_REQUEST, AT_ONCE, NEVER
    }
}
