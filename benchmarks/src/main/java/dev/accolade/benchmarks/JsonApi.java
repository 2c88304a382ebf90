package dev.accolade.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A server's JSON API as the fixtures call it while setting a case up: each call must answer as expected. */
final class JsonApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    /** The API at this base URL. */
    JsonApi(String base) {
        this.base = base;
    }

    /** A request to a path of this API, with a bearer token when one is given. */
    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    /** A POST of this JSON value. */
    HttpRequest.Builder post(String path, String token, Object body) {
        return request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)));
    }

    /** Sends the request and gives the answer's {@code data}, failing unless it has the expected status. */
    JsonNode data(HttpRequest request, int expectedStatus) {
        try {
            return JSON.readTree(bytes(request, expectedStatus)).path("data");
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Sends the request and gives the answer's bytes, failing unless it has the expected status. */
    byte[] bytes(HttpRequest request, int expectedStatus) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** The value as JSON text. */
    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
