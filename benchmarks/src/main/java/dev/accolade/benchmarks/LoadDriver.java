package dev.accolade.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.HdrHistogram.Recorder;

/**
 * A closed-loop HTTP load driver on the JDK's client: a number of connections, each sending its next request
 * as soon as the last one is answered, for a while; it counts the answers and records their latency. A
 * round lasts until the last request sent before its end is answered, so slow requests are never cut in half.
 */
final class LoadDriver {

    private final HttpClient client;

    /** A driver on one HTTP client. */
    LoadDriver() {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Sends the requests the factory makes (each given a number never used before in this run) on this
     * many connections for the duration; an answer with another status than expected is counted as an
     * error, not as throughput.
     */
    Round run(String name, LongFunction<HttpRequest> requests, int expectedStatus, int connections,
            Duration duration, AtomicLong sequence) {
        Recorder latencies = new Recorder(3);
        AtomicLong answered = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    HttpRequest request = requests.apply(sequence.incrementAndGet());
                    long start = System.nanoTime();
                    int status = send(request);
                    latencies.recordValue((System.nanoTime() - start) / 1_000);
                    (status == expectedStatus ? answered : errors).incrementAndGet();
                }
            }, "load-" + name + "-" + i);
            threads.add(thread);
            thread.start();
        }
        long started = System.nanoTime();
        for (Thread thread : threads) {
            join(thread);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Round(name, answered.get() / seconds, errors.get(), latencies.getIntervalHistogram());
    }

    private int send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
