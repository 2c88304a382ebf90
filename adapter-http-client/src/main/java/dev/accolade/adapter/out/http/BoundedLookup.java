package dev.accolade.adapter.out.http;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs name lookups on a few shared daemon threads and waits for each no longer than its deadline allows:
 * the system's resolver cannot be interrupted and may block far longer than a request may take. A lookup
 * that runs out of time is abandoned; its thread is free again once the resolver returns.
 */
final class BoundedLookup {

    private static final int THREADS = 8;
    private static final long IDLE_SECONDS = 30;
    private static final AtomicInteger NUMBER = new AtomicInteger();
    private static final ThreadPoolExecutor POOL = pool();

    private BoundedLookup() {
    }

    /**
     * What the lookup returns, or throws; the timeout refusal for the deadline's host when the lookup
     * takes longer than the time left.
     */
    static List<IpAddress> within(Deadline deadline, Supplier<List<IpAddress>> lookup) {
        Future<List<IpAddress>> pending = POOL.submit(lookup::get);
        try {
            return pending.get(deadline.remainingMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandon(pending);
            throw FetchErrors.lookupTimeout(deadline.host());
        } catch (InterruptedException e) {
            abandon(pending);
            Thread.currentThread().interrupt();
            throw FetchErrors.lookupTimeout(deadline.host());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw FetchErrors.unreachable("The host " + deadline.host() + " cannot be resolved.");
        }
    }

    private static void abandon(Future<?> pending) {
        pending.cancel(true);
        POOL.purge();
    }

    private static ThreadPoolExecutor pool() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "accolade-lookup-" + NUMBER.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
