package dev.accolade.adapter.in.rest.server;

import dev.accolade.adapter.in.rest.Deadlines;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection whose request keeps trickling in: headers still incomplete {@link Deadlines#headers()}
 * after their first byte, or a body still arriving {@link Deadlines#body()} after its headers. A silent
 * connection is the idle timeout's; this catches the client that sends a byte now and then, as slowloris
 * does, so that it holds neither a connection nor a thread for long. Once the connector drains, a
 * connection between requests is closed too, while one in the middle of a request keeps its idle timeout,
 * so that a body still arriving can finish.
 *
 * <p>Each open connection is looked at a few times per deadline from the connector's scheduler; the
 * look reads only the connection's counters (requests begun and answered, bytes received), so a
 * thousand open connections cost a thousand cheap checks per tick.
 */
final class ConnectionWatch implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionWatch.class);
    private static final long MIN_TICK_MILLIS = 20;
    private static final long MAX_TICK_MILLIS = 1_000;

    private final Connector connector;
    private final long headersNanos;
    private final long bodyNanos;
    private final long tickMillis;

    /** Deadlines for the connections of this connector, checked on its scheduler. */
    ConnectionWatch(Connector connector, Deadlines deadlines) {
        this.connector = connector;
        this.headersNanos = deadlines.headers().toNanos();
        this.bodyNanos = deadlines.body().toNanos();
        Duration shortest = deadlines.headers().compareTo(deadlines.body()) < 0 ? deadlines.headers()
                : deadlines.body();
        this.tickMillis = Math.max(MIN_TICK_MILLIS, Math.min(MAX_TICK_MILLIS, shortest.toMillis() / 5));
    }

    @Override
    public void onOpened(Connection connection) {
        new Watch(connection).next();
    }

    /** What is known of one connection between looks. */
    private final class Watch implements Runnable {

        private final Connection connection;
        private long seenIn;
        private long seenOut;
        private long phaseStart = System.nanoTime();
        private long phaseBytes;
        private long lastBytes;
        private long headersStart = -1;

        Watch(Connection connection) {
            this.connection = connection;
        }

        void next() {
            connector.getScheduler().schedule(this, tickMillis, TimeUnit.MILLISECONDS);
        }

        @Override
        public void run() {
            if (!connection.getEndPoint().isOpen()) {
                return;
            }
            long now = System.nanoTime();
            long in = connection.getMessagesIn();
            long out = connection.getMessagesOut();
            long bytes = connection.getBytesIn();
            if (in != seenIn || out != seenOut) {
                seenIn = in;
                seenOut = out;
                phaseStart = now;
                phaseBytes = bytes;
                headersStart = -1;
            }
            if (in == out && headersStart < 0 && bytes == phaseBytes && connector.isShutdown()) {
                cut("next request, the server draining");
                return;
            }
            if (in == out ? headersLate(now, bytes) : bodyLate(now, bytes)) {
                return;
            }
            lastBytes = bytes;
            next();
        }

        /** Between requests: once a byte of the next one is in, its headers must complete in time. */
        private boolean headersLate(long now, long bytes) {
            if (headersStart < 0 && bytes > phaseBytes) {
                headersStart = now;
            }
            return headersStart >= 0 && now - headersStart >= headersNanos && cut("request headers");
        }

        /** Within a request: its body may not still be arriving once the body deadline has passed. */
        private boolean bodyLate(long now, long bytes) {
            return bytes > lastBytes && now - phaseStart >= bodyNanos && cut("request body");
        }

        private boolean cut(String part) {
            LOG.debug("Closing a connection from {}: its {} came too late",
                    connection.getEndPoint().getRemoteSocketAddress(), part);
            connection.getEndPoint().close();
            return true;
        }
    }
}
