package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.gameserver.IngestionResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Tails a live log such as {@code latest.log}: reads what is there, then each complete line as it is
 * appended. When the server rotates the log (the file is replaced by another, or shrinks), it reads
 * what is left of the old one and starts the new one from its beginning, with a new reader.
 */
final class LogFollower {

    private static final int CHUNK = 64 * 1024;

    private final Path file;
    private final Supplier<LogBatcher> batchers;
    private final Duration poll;
    private final Consumer<IngestionResult> progress;

    /**
     * A follower of a file.
     *
     * @param file the live log
     * @param batchers a new batcher for each file opened, starting on the day it is opened
     * @param poll how long to wait when nothing new is there
     * @param progress told what each read that found lines did
     */
    LogFollower(Path file, Supplier<LogBatcher> batchers, Duration poll, Consumer<IngestionResult> progress) {
        this.file = requireNonNull(file, "file");
        this.batchers = requireNonNull(batchers, "batchers");
        this.poll = requireNonNull(poll, "poll");
        this.progress = requireNonNull(progress, "progress");
    }

    /** Follows the file until told to stop; returns what all of it did. */
    IngestionResult follow(BooleanSupplier stop) throws IOException, InterruptedException {
        IngestionResult total = IngestionResult.NONE;
        OpenLog open = awaitOpen(stop);
        while (open != null) {
            open.readAvailable();
            if (open.replaced()) {
                open.readAvailable();
                total = total.plus(open.close(true));
                open = awaitOpen(stop);
            } else if (stop.getAsBoolean()) {
                total = total.plus(open.close(false));
                open = null;
            } else {
                Thread.sleep(poll.toMillis());
            }
        }
        return total;
    }

    private OpenLog awaitOpen(BooleanSupplier stop) throws IOException, InterruptedException {
        while (!stop.getAsBoolean()) {
            try {
                return new OpenLog(file, batchers.get());
            } catch (NoSuchFileException betweenRotations) {
                Thread.sleep(poll.toMillis());
            }
        }
        return null;
    }

    /** One opened generation of the log, read up to its last complete line. */
    private final class OpenLog {

        private final Path path;
        private final FileChannel channel;
        private final Object key;
        private final LogBatcher batcher;
        private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
        private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        private IngestionResult reported = IngestionResult.NONE;

        OpenLog(Path path, LogBatcher batcher) throws IOException {
            this.path = path;
            this.channel = FileChannel.open(path, StandardOpenOption.READ);
            this.key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
            this.batcher = batcher;
        }

        void readAvailable() throws IOException {
            boolean read = false;
            while (channel.read(buffer.clear()) > 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    byte next = buffer.get();
                    if (next == '\n') {
                        batcher.add(new String(partial.toByteArray(), StandardCharsets.UTF_8));
                        partial.reset();
                        read = true;
                    } else {
                        partial.write(next);
                    }
                }
            }
            if (read) {
                batcher.flush();
                IngestionResult now = batcher.total();
                progress.accept(new IngestionResult(now.linesRead() - reported.linesRead(),
                        now.awards() - reported.awards(), now.duplicates() - reported.duplicates()));
                reported = now;
            }
        }

        /** Whether the path now names another file, or the file shrank below what was read. */
        boolean replaced() throws IOException {
            try {
                BasicFileAttributes now = Files.readAttributes(path, BasicFileAttributes.class);
                return (key != null && !Objects.equals(key, now.fileKey())) || now.size() < channel.position();
            } catch (NoSuchFileException moved) {
                return true;
            }
        }

        /** Records what was read; a last line without its line break only when the file is complete. */
        IngestionResult close(boolean complete) throws IOException {
            if (complete && partial.size() > 0) {
                batcher.add(new String(partial.toByteArray(), StandardCharsets.UTF_8));
                partial.reset();
            }
            batcher.flush();
            channel.close();
            return batcher.total();
        }
    }
}
