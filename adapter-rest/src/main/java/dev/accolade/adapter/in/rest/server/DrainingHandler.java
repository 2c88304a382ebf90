package dev.accolade.adapter.in.rest.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.Graceful;

/**
 * Tracks the requests in flight so that stopping waits for them. Unlike Jetty's own graceful handler it
 * turns nobody away: a request that arrives on a connection the server had already accepted is served
 * while draining, answered with {@code Connection: close}, since its client sent it before it could know.
 * Stopping completes once nothing is in flight.
 */
final class DrainingHandler extends Handler.Wrapper implements Graceful {

    private final AtomicLong inFlight = new AtomicLong();
    private volatile CompletableFuture<Void> drained;

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (drained != null) {
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
        inFlight.incrementAndGet();
        try {
            if (super.handle(request, response, Callback.from(callback, this::finished))) {
                return true;
            }
        } catch (Exception | Error failure) {
            finished();
            throw failure;
        }
        finished();
        return false;
    }

    @Override
    public synchronized CompletableFuture<Void> shutdown() {
        if (drained == null) {
            drained = new CompletableFuture<>();
            completeWhenIdle();
        }
        return drained;
    }

    @Override
    public boolean isShutdown() {
        return drained != null;
    }

    private void finished() {
        if (inFlight.decrementAndGet() == 0 && drained != null) {
            completeWhenIdle();
        }
    }

    private void completeWhenIdle() {
        if (inFlight.get() == 0) {
            drained.complete(null);
        }
    }
}
