package dev.accolade.adapter.out.openbadges.verify;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.application.port.out.credential.DocumentResolverPort;
import dev.accolade.application.port.out.credential.ResolvedDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The documents one verification dereferences, through the resolver and at most {@value #MAX_FETCHES}
 * of them, parsed as JSON with bounded depth; a fragment is never sent.
 */
final class Fetched {

    /** The most documents one verification dereferences. */
    static final int MAX_FETCHES = 8;
    /** How deep parsed JSON may nest. */
    static final int MAX_DEPTH = 64;
    /** Reads JSON no deeper than {@link #MAX_DEPTH}. */
    static final ObjectMapper JSON = JsonMapper.builder().build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                .build());
    }

    private final DocumentResolverPort resolver;
    private final long deadline;
    private int fetches;

    /** Documents fetched through the resolver, none once this much time has passed. */
    Fetched(DocumentResolverPort resolver, Duration budget) {
        this.resolver = resolver;
        this.deadline = System.nanoTime() + budget.toNanos();
    }

    /** What the URL answers, or empty when it could not be had or the budget of fetches or time is spent. */
    Optional<ResolvedDocument> get(String url) {
        boolean late = System.nanoTime() - deadline > 0;
        if (late || fetches >= MAX_FETCHES || !(url.startsWith("https://") || url.startsWith("http://"))) {
            return Optional.empty();
        }
        fetches++;
        String document = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        return resolver.resolve(document);
    }

    /** The JSON object a 200 answer of the URL holds, or empty. */
    Optional<ObjectNode> object(String url) {
        return get(url).filter(answer -> answer.status() == 200).flatMap(answer -> parse(answer.body()));
    }

    /** Bytes parsed as one JSON object, or empty when they are not one. */
    static Optional<ObjectNode> parse(byte[] bytes) {
        try {
            JsonNode node = JSON.readTree(bytes);
            return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (IOException | RuntimeException notJson) {
            return Optional.empty();
        }
    }

    /** Text parsed as one JSON object, or empty. */
    static Optional<ObjectNode> parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A property that is a string, or the {@code id} of a property that is an object; empty otherwise. */
    static Optional<String> idOf(JsonNode node, String property) {
        JsonNode value = node.path(property);
        if (value.isTextual()) {
            return Optional.of(value.asText());
        }
        return value.path("id").isTextual() ? Optional.of(value.path("id").asText()) : Optional.empty();
    }

    /** Whether a property is the text, or an array that holds it. */
    static boolean holds(JsonNode node, String property, String text) {
        JsonNode value = node.path(property);
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (text.equals(item.asText(null)) || text.equals(item.path("id").asText(null))) {
                    return true;
                }
            }
            return false;
        }
        return text.equals(value.asText(null));
    }
}
