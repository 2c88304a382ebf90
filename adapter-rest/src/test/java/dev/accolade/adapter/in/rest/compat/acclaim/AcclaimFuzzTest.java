package dev.accolade.adapter.in.rest.compat.acclaim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.FuzzValues;
import dev.accolade.adapter.in.rest.RateLimits;
import dev.accolade.adapter.in.rest.WriteWatchingStore;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Organization;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Reply;
import dev.accolade.application.Accolade;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzes Acclaim's form routes with multipart bodies right, half-right and wrong (boundaries missing,
 * unclosed, repeated; parts without names; hostile values) and with URL-encoded and JSON bodies: no answer
 * is a server error, and a refused request commits no write.
 */
class AcclaimFuzzTest {

    private static final List<String> FIELDS = List.of("name", "description", "state", "image_url",
            "badge_template_id", "recipient_email", "issued_to_first_name", "issued_to_last_name", "expires_at",
            "issued_at", "reason", "template_type", "evidence", "id");

    private static WriteWatchingStore store;
    private static AcclaimWorld world;
    private static Organization org;
    private static List<String> routes;

    @BeforeContainer
    static void start() {
        store = new WriteWatchingStore(Accolade.openStore("memory"));
        world = new AcclaimWorld(store, Instant::now, RateLimits.OFF);
        org = world.organization("fencing");
        String template = world.activeTemplate(org, "Fencer");
        routes = List.of("POST " + org.path() + "/badge_templates", "POST " + org.path() + "/badges",
                "PUT " + org.path() + "/badge_templates/" + template, "PUT " + org.path() + "/badges/x/revoke",
                "PUT " + org.path() + "/badge_templates/" + template + "x");
    }

    @AfterContainer
    static void stop() {
        world.close();
    }

    @Property(tries = 1500)
    void any_form_body_on_any_form_route_is_answered_without_a_server_error(@ForAll("routes") String route,
            @ForAll("bodies") Body body) {
        store.forget();
        String[] parts = route.split(" ", 2);

        Reply reply = world.send(world.request(parts[1]).header("Content-Type", body.contentType())
                .method(parts[0], HttpRequest.BodyPublishers.ofString(body.content(), StandardCharsets.UTF_8)),
                org.token());

        String call = route + " " + body;
        assertThat(reply.status()).as("%s answered %s", call, reply.raw().body()).isLessThan(500);
        if (reply.status() >= 400) {
            assertThat(store.committedWrites()).as("%s was refused but wrote", call).isEmpty();
        }
    }

    @Provide
    Arbitrary<String> routes() {
        return Arbitraries.of(routes);
    }

    @Provide
    Arbitrary<Body> bodies() {
        Arbitrary<Map<String, String>> fields = FuzzValues.fields(FIELDS);
        Arbitrary<String> boundary = Arbitraries.of("xyz", "------------------------d74496d66958873e", "", "a b",
                "\"quoted\"", "x".repeat(200));
        Arbitrary<Integer> damage = Arbitraries.integers().between(0, 6);
        Arbitrary<Body> multipart = Combinators.combine(fields, boundary, damage).as(AcclaimFuzzTest::multipart);
        Arbitrary<Body> form = fields.map(values -> new Body("application/x-www-form-urlencoded", values.entrySet()
                .stream().map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"))));
        Arbitrary<Body> json = Arbitraries.oneOf(FuzzValues.object(FIELDS), FuzzValues.json())
                .map(text -> new Body("application/json", text));
        Arbitrary<Body> wrongType = Combinators.combine(Arbitraries.of("multipart/form-data", "multipart/mixed",
                "text/plain", "application/x-www-form-urlencoded; charset=latin-9", "multipart/form-data; boundary="),
                Arbitraries.strings().all().ofMaxLength(200)).as(Body::new);
        return Arbitraries.frequencyOf(Tuple.of(4, multipart), Tuple.of(2, form),
                Tuple.of(2, json), Tuple.of(1, wrongType));
    }

    /** A multipart body of these fields, whole or damaged in one of several ways. */
    private static Body multipart(Map<String, String> fields, String boundary, int damage) {
        StringBuilder content = new StringBuilder();
        fields.forEach((name, value) -> content.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data").append(damage == 1 ? "" : "; name=\"" + name + "\"")
                .append(damage == 2 ? "; filename=\"../x\"\r\nContent-Type: application/octet-stream" : "")
                .append("\r\n\r\n").append(value).append("\r\n"));
        if (damage != 3) {
            content.append("--").append(boundary).append("--\r\n");
        }
        String type = switch (damage) {
            case 4 -> "multipart/form-data";
            case 5 -> "multipart/form-data; boundary=other";
            default -> "multipart/form-data; boundary=" + boundary;
        };
        return new Body(type, damage == 6 ? content.substring(0, content.length() / 2) : content.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A request body and the content type it is sent as. */
    record Body(String contentType, String content) {

        @Override
        public String toString() {
            return contentType + " " + (content.length() < 400 ? content : content.substring(0, 400) + "…");
        }
    }
}
