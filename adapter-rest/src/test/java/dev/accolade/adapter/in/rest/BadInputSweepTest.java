package dev.accolade.adapter.in.rest;

import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every write route, sent bad input (malformed JSON, a second JSON value, an attribute given twice, no
 * body, an unknown attribute, a missing parameter, a wrong type, an over-long string, an invalid
 * value, a non-numeric id), answers the status and stable code docs/api.md gives it, names what is
 * wrong, and changes nothing.
 */
class BadInputSweepTest {

    /** The write routes that read nothing from the request but its credential. */
    private static final Set<String> TAKE_NO_INPUT = Set.of("DELETE /v1/sessions/current");

    private SweepWorld world;
    private String ada;
    private String bob;
    private String acme;

    @BeforeEach
    void start() {
        world = new SweepWorld();
        ada = world.ada.token();
        bob = world.bob.token();
        acme = world.acme.key();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void every_write_route_has_rows_unless_it_takes_no_input() {
        Set<String> covered = new TreeSet<>(TAKE_NO_INPUT);
        inputs().forEach(input -> covered.add(world.server.routeOf(input.method(), input.path())));

        Set<String> writes = new TreeSet<>(world.server.apiRoutes().stream()
                .filter(route -> !route.startsWith("GET ")).toList());
        assertThat(covered).isEqualTo(writes);
    }

    @TestFactory
    Stream<DynamicTest> bad_input_gets_its_status_and_code_and_changes_nothing() {
        String before = world.snapshot();
        return inputs().stream().map(input -> DynamicTest.dynamicTest(input.toString(), () -> {
            Reply reply = world.server.call(input.method(), input.path(), input.token(), input.body());

            String answer = input + " answered " + reply.raw().body();
            assertThat(reply.status()).as(answer).isEqualTo(input.status());
            assertThat(reply.json().path("code").asText()).as(answer).isEqualTo(input.code());
            assertThat(reply.message()).as(answer).contains(input.mentions());
            assertThat(world.snapshot()).as(input + " left everything as it was").isEqualTo(before);
        }));
    }

    private List<BadInput> inputs() {
        List<BadInput> inputs = new ArrayList<>();
        Stream.of(issuerAndMemberRoutes(), webhookRoutes(), categoryAndTemplateRoutes(), grantRoutes())
                .flatMap(List::stream)
                .forEach(route -> inputs.addAll(route.inputs));
        return inputs;
    }

    private List<WriteRoute> issuerAndMemberRoutes() {
        SweepWorld w = world;
        String registration = "{\"email\":\"" + SweepWorld.NEW_MEMBER + "\",\"password\":\"correct horse\","
                + "\"name\":\"Kid\"}";
        return List.of(
                route("POST", "/v1/issuers", 0, ADMIN_TOKEN, "{\"slug\":\"newco\",\"name\":\"New Co\"}")
                        .json().noBody().unknown().missing("{\"name\":\"New Co\"}", "slug")
                        .wrongType("{\"slug\":[\"newco\"],\"name\":\"New Co\"}", "slug")
                        .tooLong("{\"slug\":\"newco\",\"name\":\"" + "n".repeat(101) + "\"}", "name_too_long")
                        .invalid("{\"slug\":\"New Co\",\"name\":\"New Co\"}", "slug_invalid"),
                route("POST", "/v1/issuers/%s/api_keys", w.acme.id(), ADMIN_TOKEN, "{\"label\":\"ci\"}")
                        .json().unknown().wrongType("{\"label\":5}", "label")
                        .tooLong("{\"label\":\"" + "l".repeat(101) + "\"}", "label_too_long").badId(),
                route("PUT", "/v1/issuers/%s/signing_secret", w.acme.id(), ADMIN_TOKEN, "{\"secret\":\"abc123\"}")
                        .json().unknown().wrongType("{\"secret\":5}", "secret")
                        .tooLong("{\"secret\":\"" + "s".repeat(201) + "\"}", "secret_too_long")
                        .invalid("{\"secret\":\"has space\"}", "secret_invalid").badId(),
                route("POST", "/v1/issuers/%s/servers", w.acme.id(), ADMIN_TOKEN,
                        "{\"name\":\"Creative\",\"time_zone\":\"UTC\"}")
                        .json().noBody().unknown().missing("{\"name\":\"Creative\"}", "time_zone")
                        .wrongType("{\"name\":5,\"time_zone\":\"UTC\"}", "name")
                        .tooLong("{\"name\":\"" + "n".repeat(101) + "\",\"time_zone\":\"UTC\"}", "name_too_long")
                        .invalid("{\"name\":\"Creative\",\"time_zone\":\"Mars/Olympus\"}", "time_zone_invalid")
                        .badId(),
                route("POST", "/v1/issuers/%s/events", w.acme.id(), ADMIN_TOKEN, events("\"e1\"", "1"))
                        .json().noBody().unknown().missing("{}", "events")
                        .wrongType(events("\"e1\"", "\"many\""), "value")
                        .tooLong(events("\"" + "e".repeat(101) + "\"", "1"), "event_id_too_long")
                        .invalid("{\"events\":[]}", "events_empty")
                        .invalid(events("\"e1\"", "0"), "value_invalid")
                        .invalid(events("\"e1\"", "1").replace("comments", "Comments"), "metric_invalid")
                        .invalid(events("\"e1\"", "1").replace("handle:forum/steve", "steve"), "subject_invalid")
                        .invalid(events("\"e1\"", "1").replace("}]", "},{\"id\":\"e1\",\"subject\":"
                                + "\"email:a@b.org\",\"metric\":\"likes\"}]"), "event_id_repeated")
                        .invalid(events("\"e1\"", "1").replace("}]", ",\"occurred_at\":\"2999-01-01T00:00:00Z\"}]"),
                                "event_in_future")
                        .invalid(events("\"e1\"", "1").replace("}]", ",\"occurred_at\":\"yesterday\"}]"),
                                "occurred_at_invalid")
                        .badId(),
                route("DELETE", "/v1/issuers/" + w.acme.id() + "/api_keys/%s", w.acmeKey, ADMIN_TOKEN, null)
                        .badId(),
                route("PUT", "/v1/issuers/%s", w.acme.id(), ADMIN_TOKEN, "{\"url\":\"https://acme.example\"}")
                        .json().noBody().unknown().wrongType("{\"url\":5}", "url")
                        .tooLong("{\"description\":\"" + "d".repeat(1001) + "\"}", "description_too_long")
                        .invalid("{\"email\":\"not an address\"}", "email_invalid")
                        .invalid("{\"image\":\"ftp://acme.example/l.png\"}", "image_invalid").badId(),
                route("POST", "/v1/issuers/%s/keys/rotation", w.acme.id(), ADMIN_TOKEN, null).badId(),
                route("POST", "/v1/verifications", 0, null, "{\"url\":\"https://issuer.example/a/1\"}")
                        .json().noBody().unknown().wrongType("{\"url\":5}", "url"),
                route("POST", "/v1/members", 0, null, registration).json(),
                route("POST", "/v1/members/confirmations", 0, null, "{\"token\":\"t\"}").json(),
                route("POST", "/v1/members/me/sub_accounts", 0, ada, registration)
                        .json().noBody().unknown()
                        .missing("{\"password\":\"correct horse\",\"name\":\"Kid\"}", "email")
                        .wrongType(registration.replace("\"Kid\"", "5"), "name")
                        .tooLong(registration.replace("Kid", "k".repeat(51)), "name_too_long")
                        .invalid(registration.replace(SweepWorld.NEW_MEMBER, "not an address"), "email_invalid"),
                route("POST", "/v1/members/%s/identities", w.ada.id(), ADMIN_TOKEN, SweepWorld.HANDLE)
                        .json().noBody().unknown().missing("{\"handle\":\"intruder\"}", "namespace")
                        .wrongType("{\"namespace\":\"minecraft\",\"handle\":5}", "handle")
                        .tooLong("{\"namespace\":\"minecraft\",\"handle\":\"" + "h".repeat(129) + "\"}",
                                "handle_too_long")
                        .invalid("{\"namespace\":\"mine craft\",\"handle\":\"intruder\"}", "namespace_invalid")
                        .badId(),
                route("POST", "/v1/members/%s/confirmation_token", w.ada.id(), ADMIN_TOKEN, null).badId(),
                route("POST", "/v1/sessions", 0, null, "{\"email\":\"ada@example.org\",\"password\":\"x\"}")
                        .json().noBody().unknown().missing("{\"password\":\"x\"}", "email")
                        .wrongType("{\"email\":5,\"password\":\"x\"}", "email")
                        .tooLong("{\"email\":\"" + "e".repeat(129) + "\",\"password\":\"x\"}", "email_too_long"));
    }

    private List<WriteRoute> webhookRoutes() {
        SweepWorld w = world;
        String webhook = "/v1/issuers/" + w.acme.id() + "/webhooks/";
        return List.of(
                route("POST", "/v1/issuers/%s/webhooks", w.acme.id(), acme,
                        "{\"url\":\"https://receiver.example/new\",\"events\":[\"award.granted\"]}")
                        .json().noBody().unknown().missing("{\"url\":\"https://receiver.example/new\"}", "events")
                        .missing("{\"events\":[\"award.granted\"]}", "url")
                        .wrongType("{\"url\":\"https://receiver.example/new\",\"events\":\"award.granted\"}",
                                "events")
                        .wrongType("{\"url\":5,\"events\":[\"award.granted\"]}", "url")
                        .tooLong("{\"url\":\"https://receiver.example/" + "u".repeat(2048)
                                + "\",\"events\":[\"award.granted\"]}", "url_too_long")
                        .invalid("{\"url\":\"ftp://receiver.example/\",\"events\":[\"award.granted\"]}",
                                "url_invalid")
                        .invalid("{\"url\":\"https://receiver.example/new\",\"events\":[\"award.exploded\"]}",
                                "events_unknown")
                        .invalid("{\"url\":\"https://receiver.example/new\",\"events\":[]}", "events_too_few")
                        .badId(),
                route("DELETE", webhook + "%s", w.webhook, acme, null).badId(),
                route("PUT", webhook + "%s/secret", w.webhook, acme, "").badId(),
                route("POST", webhook + w.webhook + "/deliveries/%s/redelivery", w.delivery, acme, "").badId());
    }

    private List<WriteRoute> categoryAndTemplateRoutes() {
        SweepWorld w = world;
        String template = "{\"title\":\"New\"}";
        String overLongTitle = "{\"title\":\"" + "t".repeat(201) + "\"}";
        String badIcon = "{\"title\":\"New\",\"icon\":{\"format\":\"bmp\",\"url\":\"https://example.org/i.bmp\"}}";
        return List.of(
                route("POST", "/v1/categories", 0, ADMIN_TOKEN, "{\"name\":\"Sport\"}")
                        .json().noBody().unknown().missing("{\"position\":0}", "name")
                        .wrongType("{\"name\":\"Sport\",\"parent_id\":\"food\"}", "parent_id")
                        .wrongType("{\"name\":\"Sport\",\"position\":1.5}", "position")
                        .tooLong("{\"name\":\"" + "c".repeat(101) + "\"}", "name_too_long")
                        .invalid("{\"name\":\"Sport\",\"position\":-1}", "position_out_of_range"),
                route("PUT", "/v1/categories/%s/placement", w.baking, ADMIN_TOKEN, "{\"position\":0}")
                        .json().noBody().unknown().wrongType("{\"position\":\"first\"}", "position")
                        .invalid("{\"position\":-1}", "position_out_of_range")
                        .invalid("{\"parent_id\":" + w.baking + "}", "category_cycle").badId(),
                route("POST", "/v1/issuers/%s/templates", w.acme.id(), acme, template)
                        .json().noBody().unknown().missing("{\"description\":\"d\"}", "title")
                        .wrongType("{\"title\":\"New\",\"featured\":\"yes\"}", "featured")
                        .tooLong(overLongTitle, "title_too_long").invalid(badIcon, "format_invalid").badId(),
                route("PUT", "/v1/templates/%s", w.draft, acme, template)
                        .json().noBody().unknown().missing("{\"description\":\"d\"}", "title")
                        .wrongType("{\"title\":\"New\",\"categories\":\"food\"}", "categories")
                        .tooLong(overLongTitle, "title_too_long").invalid(badIcon, "format_invalid").badId(),
                route("DELETE", "/v1/templates/%s", w.draft, acme, null).badId(),
                route("POST", "/v1/templates/%s/submission", w.draft, acme, "").badId(),
                route("POST", "/v1/templates/%s/approval", w.pending, ADMIN_TOKEN, "").badId(),
                route("POST", "/v1/templates/%s/rejection", w.pending, ADMIN_TOKEN, "{\"reason\":\"no\"}")
                        .json().unknown().wrongType("{\"reason\":5}", "reason")
                        .tooLong("{\"reason\":\"" + "r".repeat(501) + "\"}", "reason_too_long").badId(),
                route("PUT", "/v1/templates/%s/ratings/me", w.badge, ada, "{\"difficulty\":1,\"credibility\":1}")
                        .json().noBody().unknown().missing("{\"difficulty\":1}", "credibility")
                        .wrongType("{\"difficulty\":\"hard\",\"credibility\":1}", "difficulty")
                        .invalid("{\"difficulty\":6,\"credibility\":1}", "difficulty_out_of_range").badId(),
                route("POST", "/v1/issuers/%s/templates/upserts", w.acme.id(), acme,
                        "{\"templates\":[{\"name\":\"Batch\"}]}")
                        .json().noBody().unknown().missing("{}", "templates")
                        .wrongType("{\"templates\":\"Batch\"}", "templates")
                        .tooLong("{\"templates\":[{\"name\":\"" + "t".repeat(201) + "\"}]}", "name_too_long")
                        .invalid("{\"templates\":[]}", "templates_required").badId(),
                route("POST", "/v1/issuers/%s/templates/deletions", w.acme.id(), acme, "{\"names\":[\"First Steps\"]}")
                        .json().noBody().unknown().missing("{}", "names")
                        .wrongType("{\"names\":\"First Steps\"}", "names")
                        .invalid("{\"names\":[]}", "names_required").badId());
    }

    private List<WriteRoute> grantRoutes() {
        SweepWorld w = world;
        String pastExpiry = "{\"recipient\":{\"email\":\"bob@example.org\"},"
                + "\"expires_at\":\"2001-01-01T00:00:00Z\"}";
        return List.of(
                route("POST", "/v1/templates/%s/awards", w.badge, acme, "{\"recipient\":" + w.bob.recipient() + "}")
                        .json().noBody().unknown().missing("{}", "recipient")
                        .wrongType("{\"recipient\":\"bob\"}", "recipient")
                        .wrongType("{\"recipient\":{\"member_id\":" + w.bob.id() + ".5}}", "recipient.member_id")
                        .tooLong("{\"recipient\":{\"email\":\"bob@example.org\"},\"evidence\":{\"narrative\":\""
                                + "n".repeat(2001) + "\"}}", "narrative_too_long")
                        .invalid("{\"recipient\":{\"email\":\"not an address\"}}", "email_invalid")
                        .invalid(pastExpiry, "expires_at_invalid").badId(),
                route("POST", "/v1/templates/%s/awards/bulk", w.badge, acme, "{\"recipients\":[{\"recipient\":"
                        + w.bob.recipient() + "}]}")
                        .json().noBody().unknown().missing("{}", "recipients")
                        .wrongType("{\"recipients\":\"bob\"}", "recipients")
                        .tooLong("{\"recipients\":[{\"recipient\":{\"email\":\"bob@example.org\"},\"evidence\":"
                                + "{\"narrative\":\"" + "n".repeat(2001) + "\"}}]}", "narrative_too_long")
                        .invalid("{\"recipients\":[{\"recipient\":{\"email\":\"not an address\"}}]}", "email_invalid")
                        .invalid("{\"recipients\":[" + pastExpiry + "]}", "expires_at_invalid")
                        .invalid("{\"recipients\":[]}", "recipients_too_few").badId(),
                route("POST", "/v1/awards/%s/viewing", w.award, ada, "").badId(),
                route("POST", "/v1/awards/%s/revocation", w.award, acme, "{\"reason\":\"cheated\"}")
                        .json().noBody().unknown().missing("{}", "reason").wrongType("{\"reason\":5}", "reason")
                        .tooLong("{\"reason\":\"" + "r".repeat(501) + "\"}", "reason_too_long")
                        .invalid("{\"reason\":\" \"}", "reason_required").badId(),
                route("POST", "/v1/offers/%s/acceptance", w.offer, ada, "").badId(),
                route("POST", "/v1/offers/%s/rejection", w.offer, ada, "").badId(),
                route("POST", "/v1/offers/%s/cancellation", w.offer, acme, "").badId(),
                route("POST", "/v1/templates/%s/requests", w.badge, bob, "{\"message\":\"me\"}")
                        .json().unknown().wrongType("{\"message\":5}", "message")
                        .tooLong("{\"message\":\"" + "m".repeat(1001) + "\"}", "message_too_long")
                        .invalid("{\"evidence\":{\"links\":[\"ftp://example.org\"]}}", "links_invalid").badId(),
                route("POST", "/v1/requests/%s/acceptance", w.request, acme, "").badId(),
                route("POST", "/v1/requests/%s/rejection", w.request, acme, "{\"reason\":\"no\"}")
                        .json().unknown().wrongType("{\"reason\":[\"no\"]}", "reason")
                        .tooLong("{\"reason\":\"" + "r".repeat(501) + "\"}", "reason_too_long").badId());
    }

    /** A body of one event with this id and value, as JSON text. */
    private static String events(String id, String value) {
        return "{\"events\":[{\"id\":" + id + ",\"subject\":\"handle:forum/steve\",\"metric\":\"comments\","
                + "\"value\":" + value + "}]}";
    }

    private static WriteRoute route(String method, String path, long id, String token, String valid) {
        return new WriteRoute(method, path, id, token, valid);
    }

    /**
     * One bad request and its answer.
     *
     * @param what the kind of bad input, for the report
     * @param method the HTTP method
     * @param path the path
     * @param token the credential of a caller who may make a good request here
     * @param body the JSON body, null for none
     * @param status the status docs/api.md gives
     * @param code the stable code
     * @param mentions what the message names: the attribute or parameter, or nothing in particular
     */
    private record BadInput(String what, String method, String path, String token, String body, int status,
            String code, String mentions) {

        @Override
        public String toString() {
            return method + " " + path + ": " + what;
        }
    }

    /** A write route with a good body, gathering the bad inputs to send it. */
    private static final class WriteRoute {

        private final String method;
        private final String path;
        private final long id;
        private final String token;
        private final String valid;
        private final List<BadInput> inputs = new ArrayList<>();

        /** The route at this path, {@code %s} standing for the id in it, which a caller sends this good body. */
        WriteRoute(String method, String path, long id, String token, String valid) {
            this.method = method;
            this.path = path;
            this.id = id;
            this.token = token;
            this.valid = valid;
        }

        /** What any JSON body may get wrong: malformed, more than one value, an attribute given twice. */
        WriteRoute json() {
            add("malformed JSON", "{\"a\":", 400, "json_malformed", "");
            add("a second JSON value", valid + " {}", 400, "json_malformed", "");
            String twice = valid.replaceFirst("^\\{\"(\\w+)\":", "{\"$1\":null,\"$1\":");
            return add("an attribute given twice", twice, 400, "attribute_duplicate", "is given more than once");
        }

        WriteRoute noBody() {
            return add("no body", null, 400, "body_required", "");
        }

        WriteRoute unknown() {
            String body = valid.equals("{}") ? "{\"nope\":1}" : valid.replaceFirst("\\{", "{\"nope\":1,");
            return add("an unknown attribute", body, 400, "attribute_unknown", "Unknown attribute: nope.");
        }

        WriteRoute missing(String body, String parameter) {
            return add("a missing " + parameter, body, 400, "parameter_missing",
                    "Missing required parameter: " + parameter);
        }

        WriteRoute wrongType(String body, String attribute) {
            return add("a wrong type of " + attribute, body, 400, "attribute_type_mismatch", attribute);
        }

        WriteRoute tooLong(String body, String code) {
            return add("an over-long string", body, 422, code, "");
        }

        WriteRoute invalid(String body, String code) {
            return add("an invalid value (" + code + ")", body, 422, code, "");
        }

        WriteRoute badId() {
            inputs.add(new BadInput("a non-numeric id", method, String.format(path, "x"), token, valid, 400,
                    "id_invalid", "must be a positive whole number"));
            return this;
        }

        private WriteRoute add(String what, String body, int status, String code, String mentions) {
            inputs.add(new BadInput(what, method, String.format(path, id), token, body, status, code, mentions));
            return this;
        }
    }
}
