package dev.accolade.adapter.in.rest;

import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzes every route of the native API with hostile path ids, query parameters and bodies, as the
 * operator, an issuer's key, a member or nobody: no answer is a server error, and a refused request
 * commits no write. The server limits no request rate, so that every request reaches its route.
 */
class NativeApiFuzzTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");
    private static final List<String> ATTRIBUTES = List.of("title", "description", "criteria", "slug", "name",
            "email", "password", "display_name", "recipient", "identity", "evidence", "narrative", "expires_at",
            "url", "events", "label", "time_zone", "submit_for_review", "parent_id", "category_ids", "names",
            "image", "message", "reason", "namespace", "handle", "difficulty", "repeatable", "requires_acceptance",
            "secret", "status", "rating", "token", "credential", "hidden", "public", "page_size", "id");
    private static final List<String> QUERY = List.of("cursor", "page_size", "recipient", "identity", "member",
            "role", "sort", "status", "awarded_from", "awarded_to", "issuer", "category", "title", "q", "state",
            "template", "include", "format");

    private static GrantFixture fixture;
    private static List<String> tokens;
    private static List<String> ids;
    private static List<String> routes;
    private static Request previous;

    @BeforeContainer
    static void start() {
        fixture = GrantFixture.withoutRateLimits();
        GrantFixture.Issuer acme = fixture.issuer("acme");
        GrantFixture.Member ada = fixture.member("ada@example.org");
        long badge = fixture.template(acme, "First Steps", false, false);
        long award = fixture.award(badge, acme.key(), ada.recipient()).json().at("/data/id").asLong();
        tokens = Arrays.asList(ADMIN_TOKEN, acme.key(), ada.token(), null, "not-a-token");
        ids = List.of(Long.toString(acme.id()), Long.toString(badge), Long.toString(award), Long.toString(ada.id()));
        routes = fixture.server.nativeRoutes().stream().filter(route -> route.contains(" /v1/")).toList();
    }

    @AfterContainer
    static void stop() {
        fixture.close();
    }

    @Property(tries = 1500)
    void any_request_to_any_route_is_answered_without_a_server_error(@ForAll("requests") Request request) {
        fixture.writes.forget();

        Reply reply;
        try {
            reply = fixture.server.send(request.builder(fixture.server), TestServer.bearer(request.token()));
        } catch (RuntimeException e) {
            throw new AssertionError("after " + previous + " then " + request, e);
        }
        previous = request;

        assertThat(reply.status()).as("%s answered %s", request, reply.raw().body()).isLessThan(500);
        if (reply.status() >= 400) {
            assertThat(fixture.writes.committedWrites()).as("%s was refused but wrote", request).isEmpty();
        }
    }

    @Provide
    Arbitrary<Request> requests() {
        Arbitrary<String> route = Arbitraries.of(routes);
        Arbitrary<String> pathValue = Arbitraries.oneOf(Arbitraries.of(ids), FuzzValues.text());
        Arbitrary<List<String>> pathValues = pathValue.list().ofSize(3);
        Arbitrary<Map<String, String>> query = FuzzValues.fields(QUERY);
        Arbitrary<String> body = Arbitraries.oneOf(FuzzValues.object(ATTRIBUTES), FuzzValues.json(),
                Arbitraries.strings().all().ofMaxLength(40));
        Arbitrary<String> token = Arbitraries.of(tokens);
        return Combinators.combine(route, pathValues, query, body, token).as(Request::of);
    }

    /** One request: method, path with its ids filled in, query string, body and bearer token. */
    record Request(String method, String path, String body, String token) {

        static Request of(String route, List<String> values, Map<String, String> query, String body, String token) {
            String[] parts = route.split(" ", 2);
            Matcher parameters = PARAMETER.matcher(parts[1]);
            StringBuilder path = new StringBuilder();
            int used = 0;
            while (parameters.find()) {
                parameters.appendReplacement(path, Matcher.quoteReplacement(encode(values.get(used++ % 3))));
            }
            parameters.appendTail(path);
            if (!query.isEmpty()) {
                path.append('?').append(query.entrySet().stream()
                        .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                        .collect(Collectors.joining("&")));
            }
            return new Request(parts[0], path.toString(), parts[0].equals("GET") ? null : body, token);
        }

        HttpRequest.Builder builder(TestServer server) {
            HttpRequest.Builder builder = server.request(path).method(method, body == null
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            return body == null ? builder : builder.header("Content-Type", "application/json");
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String shown = body == null || body.length() < 300 ? body : body.substring(0, 300) + "…";
            return method + " " + (path.length() < 300 ? path : path.substring(0, 300) + "…") + " " + shown;
        }
    }
}
