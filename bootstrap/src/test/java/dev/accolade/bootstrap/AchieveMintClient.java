package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Calls a running server's Achieve Mint methods as a form-posting client does. */
final class AchieveMintClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final int port;

    AchieveMintClient(int port) {
        this.port = port;
    }

    /** Signs a user in and returns the session token. */
    String signIn(String email, String password) throws Exception {
        JsonNode reply = call("auth", null, Map.of("identity", "{\"email\":\"" + email + "\"}",
                "password", password)).body();
        assertThat(reply.at("/user/token").isTextual()).as(reply.toString()).isTrue();
        return reply.at("/user/token").asText();
    }

    /** Calls a method with form fields, signed in with the token unless it is null. */
    Answer call(String method, String token, Map<String, String> fields) throws Exception {
        String form = new LinkedHashMap<>(fields).entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        URI uri = URI.create("http://127.0.0.1:" + port + "/compat/achievemint/api/" + method + ".json"
                + (token == null ? "" : "?token=" + encode(token)));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(json.readTree(response.body()), response.headers().firstValue("X-Accolade-Error").orElse(""));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A method's reply and the native error code, empty on success. */
    record Answer(JsonNode body, String error) {
    }
}
