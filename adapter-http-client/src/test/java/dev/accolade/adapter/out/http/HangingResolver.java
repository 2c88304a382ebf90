package dev.accolade.adapter.out.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** A resolver whose every lookup blocks until it is closed, like a system resolver whose DNS server does not answer. */
final class HangingResolver implements HostResolver, AutoCloseable {

    private final CountDownLatch released = new CountDownLatch(1);

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new UnknownHostException(host);
    }

    /** Lets every blocked lookup end, without an answer. */
    @Override
    public void close() {
        released.countDown();
    }
}
