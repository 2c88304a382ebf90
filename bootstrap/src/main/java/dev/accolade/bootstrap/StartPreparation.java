package dev.accolade.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.accolade.adapter.in.rest.json.JsonMapping;
import dev.accolade.adapter.out.openbadges.OpenBadgesDocuments;
import dev.accolade.application.support.Validators;
import jakarta.validation.Validator;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The parts of a server's start that need no store, made on a thread of their own while the main thread opens
 * the store, so that a second core shortens the start: the Jakarta validator (Hibernate Validator's bootstrap),
 * the Open Badges documents (the bundled JSON-LD contexts, parsed by Titanium); and, as warm-ups whose results
 * are dropped, what Jetty's first classes ask the JDK for and a first JSON writing, which initialises Jackson's
 * classes before the first request needs them. A failure here fails the start as it would
 * have on the main thread.
 */
final class StartPreparation {

    private final CompletableFuture<Validator> validator;
    private final CompletableFuture<OpenBadgesDocuments> documents;

    private StartPreparation(CompletableFuture<Validator> validator, CompletableFuture<OpenBadgesDocuments> documents) {
        this.validator = validator;
        this.documents = documents;
    }

    /** Starts making the parts on a daemon thread of their own. */
    static StartPreparation begin() {
        CompletableFuture<Validator> validator = new CompletableFuture<>();
        CompletableFuture<OpenBadgesDocuments> documents = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            complete(validator, Validators::create);
            complete(documents, OpenBadgesDocuments::new);
            warmJdk();
            warmJson();
        }, "accolade-start");
        thread.setDaemon(true);
        thread.start();
        return new StartPreparation(validator, documents);
    }

    /** The validator, waiting for it if it is still being made. */
    Validator validator() {
        return joined(validator);
    }

    /** The Open Badges documents, waiting for them if they are still being made. */
    OpenBadgesDocuments documents() {
        return joined(documents);
    }

    private static <T> void complete(CompletableFuture<T> future, Supplier<T> part) {
        try {
            future.complete(part.get());
        } catch (RuntimeException | Error failure) {
            future.completeExceptionally(failure);
        }
    }

    /**
     * What Jetty's first classes ask the JDK for, asked first here: the list of available locales (its media
     * types read it) and the platform MBean server (its memory utilities query it), a tenth of a start.
     */
    private static void warmJdk() {
        try {
            Locale.getAvailableLocales();
            ManagementFactory.getPlatformMBeanServer();
        } catch (RuntimeException ignored) {
            // only a warm-up: Jetty asks again and reports its own failures
        }
    }

    /** Writes what {@code /health} answers once, with a mapper of the HTTP adapter's configuration. */
    private static void warmJson() {
        try {
            JsonMapping.newMapper().writeValueAsString(Map.of("status", "ok", "database", "ready"));
        } catch (JsonProcessingException | RuntimeException ignored) {
            // only a warm-up: the server's own mapper reports its own failures
        }
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException failure) {
            Throwable cause = failure.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw failure;
        }
    }
}
