package dev.accolade.adapter.out.jdbc;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The lines a child process writes, read by a thread of their own so that the child never blocks on a
 * full pipe. Only complete lines count: a last line the child was killed in the middle of is dropped.
 */
final class ChildOutput {

    private final List<String> lines = new ArrayList<>();
    private final Thread reader;
    private boolean ended;
    private IOException failure;

    private ChildOutput(InputStream output) {
        this.reader = new Thread(() -> read(output), "child-output");
        this.reader.setDaemon(true);
    }

    /** Starts reading the stream until it ends. */
    static ChildOutput reading(InputStream output) {
        ChildOutput collected = new ChildOutput(output);
        collected.reader.start();
        return collected;
    }

    /** Waits until this many complete lines start with the prefix, the stream ends, or the timeout passes. */
    synchronized boolean awaitLines(String prefix, int count, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (linesStartingWith(prefix).size() < count && !ended) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return linesStartingWith(prefix).size() >= count;
    }

    /** Waits until the stream has ended, as it does once the child is gone, and fails if it broke instead. */
    void awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        reader.join(unit.toMillis(timeout));
        if (reader.isAlive()) {
            throw new IllegalStateException("the child's output did not end");
        }
        synchronized (this) {
            if (failure != null) {
                throw new UncheckedIOException("the child's output could not be read to its end", failure);
            }
        }
    }

    /** The complete lines so far that start with the prefix, in order. */
    synchronized List<String> linesStartingWith(String prefix) {
        return lines.stream().filter(line -> line.startsWith(prefix)).toList();
    }

    private void read(InputStream output) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (InputStream in = new BufferedInputStream(output)) {
            for (int next = in.read(); next != -1; next = in.read()) {
                if (next == '\n') {
                    completed(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                } else {
                    line.write(next);
                }
            }
        } catch (IOException failure) {
            failed(failure);
        } finally {
            ended();
        }
    }

    private synchronized void completed(String line) {
        lines.add(line);
        notifyAll();
    }

    private synchronized void failed(IOException cause) {
        failure = cause;
    }

    private synchronized void ended() {
        ended = true;
        notifyAll();
    }
}
