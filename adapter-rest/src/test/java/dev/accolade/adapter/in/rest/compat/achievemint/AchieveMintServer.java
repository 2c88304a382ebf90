package dev.accolade.adapter.in.rest.compat.achievemint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.in.rest.RateLimits;
import dev.accolade.adapter.in.rest.RestServer;
import dev.accolade.adapter.in.rest.RestSettings;
import dev.accolade.adapter.in.rest.auth.Tokens;
import dev.accolade.application.Accolade;
import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.category.CreateCategoryCommand;
import dev.accolade.application.member.ConfirmRegistrationCommand;
import dev.accolade.application.member.MemberDetails;
import dev.accolade.application.member.RegisterMemberCommand;
import dev.accolade.application.member.Registration;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.support.Pbkdf2PasswordHasher;
import dev.accolade.domain.category.CategoryId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A server on a free port over a fresh in-memory store, spoken to as an Achieve Mint client would, over HTTP. */
final class AchieveMintServer implements AutoCloseable {

    static final String ADMIN_TOKEN = "admin-token-0123456789abcdef";
    static final String PASSWORD = "correct horse battery";

    private static final ObjectMapper JSON = new ObjectMapper();

    final Accolade accolade;
    private final RestServer server;
    private final HttpClient client = HttpClient.newBuilder().build();

    private AchieveMintServer(Accolade accolade, RateLimits limits) {
        this.accolade = accolade;
        this.server = RestServer.start(accolade, new RestSettings("127.0.0.1", 0, ADMIN_TOKEN)
                .withRateLimits(limits));
    }

    /** A production-like server: moderation and confirmation on. */
    static AchieveMintServer start() {
        return start(false);
    }

    /** A server, in the sandbox or not. */
    static AchieveMintServer start(boolean sandbox) {
        return new AchieveMintServer(accolade(Accolade.openStore("memory"), sandbox), RateLimits.DEFAULT);
    }

    /** A server over this store, in the sandbox or not, that limits no request rate (for fuzzing). */
    static AchieveMintServer unlimited(StorePorts store, boolean sandbox) {
        return new AchieveMintServer(accolade(store, sandbox), RateLimits.OFF);
    }

    private static Accolade accolade(StorePorts store, boolean sandbox) {
        return Accolade.builder().store(store).passwordHasher(new Pbkdf2PasswordHasher(1_000))
                .settings(AccoladeSettings.DEFAULT.withSandbox(sandbox)).build();
    }

    /** The base URL a client configures: where https://www.achievemint.net was. */
    String base() {
        return "http://127.0.0.1:" + server.port() + "/compat/achievemint";
    }

    /** POSTs a body exactly as {@code curl URL -d 'BODY'} does. */
    Reply curl(String url, String body) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** GETs a URL exactly as {@code curl URL} does. */
    Reply curl(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** Calls a method with form fields, URL-encoded, and the token as a query parameter. */
    Reply call(String method, String token, Map<String, String> fields) {
        String body = form(fields);
        return curl(base() + "/api/" + method + ".json" + (token == null ? "" : "?token=" + encode(token)), body);
    }

    /** Calls a method with one JSON body. */
    Reply callJson(String method, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(base() + "/api/" + method + ".json"
                + (token == null ? "" : "?token=" + encode(token))))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Fetches a URL and keeps the body as bytes. */
    HttpResponse<byte[]> download(String url) {
        return exchange(HttpRequest.newBuilder(URI.create(url)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Calls a method that returns a file, keeping its bytes. */
    HttpResponse<byte[]> callForFile(String method, String token, Map<String, String> fields) {
        return exchange(HttpRequest.newBuilder(URI.create(base() + "/api/" + method + ".json?token=" + encode(token)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Form fields in the order given, as a varargs list of names and values. */
    static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    /** A confirmed member, registered by the operator, with the password {@link #PASSWORD}. */
    long member(String email, String name) {
        Registration registration = accolade.members().registerMember(new RegisterMemberCommand(Actor.operator(),
                new MemberDetails(email, PASSWORD, name, null, null)));
        registration.confirmationToken()
                .ifPresent(token -> accolade.members().confirmRegistration(new ConfirmRegistrationCommand(token)));
        return registration.member().id().value();
    }

    /** The token {@code auth} gives a member. */
    String auth(String email) {
        Reply reply = call("auth", null, Map.of("identity", "{\"email\":\"" + email + "\"}", "password", PASSWORD));
        if (reply.json().has("error")) {
            throw new IllegalStateException("auth failed: " + reply.body());
        }
        return reply.json().at("/user/token").asText();
    }

    /** A category made by the operator. */
    long category(String name, Long parent) {
        return accolade.categories().createCategory(new CreateCategoryCommand(Actor.operator(), name,
                parent == null ? null : new CategoryId(parent), null)).id().value();
    }

    private Reply send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), parse(response.body()),
                response.headers().firstValue("Content-Type").orElse(""));
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
    }

    /**
     * A response.
     *
     * @param status the HTTP status
     * @param body the raw body
     * @param json the body as JSON
     * @param contentType the Content-Type header
     */
    record Reply(int status, String body, JsonNode json, String contentType) {

        /** The Error object's code, or 0 when the call succeeded. */
        int errorCode() {
            return json.path("error").path("code").asInt(0);
        }
    }

    /** The names of the methods the dialect serves, as the server wires it. */
    Set<String> methodNames() {
        return AchieveMintWiring.routes(new AchieveMintWiring.Features(accolade.sessions(), accolade.members(),
                accolade.issuers(), accolade.templates(), accolade.categories(), accolade.awards(),
                accolade.achievements(), accolade.offers(), accolade.requests(), accolade.contents()),
                new Tokens(accolade.apiKeys(), accolade.sessions()), new ObjectMapper(), Clock.systemUTC())
                .methodNames();
    }
}
