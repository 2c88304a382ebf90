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
 * Every route that names a resource by an id in its path, called by each credential that must not
 * reach the resource (another issuer's key, another member, a member on an issuer's route, a key or
 * the operator on a member's route), answers the resource's own 404, exactly as for an id that does
 * not exist, and changes nothing.
 */
class AuthorizationSweepTest {

    /** An id no resource has, below 2^53 and unlike any other number in a body. */
    private static final long MISSING = 9_007_199_254_740_000L;

    /** The reads docs/api.md opens to anyone, whose refusal there is nothing to test. */
    private static final Set<String> PUBLIC_READS = Set.of("GET /v1/issuers/{id}", "GET /v1/categories/{id}",
            "GET /v1/categories/{id}/hierarchy", "GET /v1/issuers/{issuer_id}/leaderboard");
    /** The Open Badges documents, which anyone holding their URL reads by design (docs/open-badges.md). */
    private static final String OPEN_BADGES = "GET /ob/";

    private SweepWorld world;
    private Caller operator;
    private Caller acmeKey;
    private Caller otherKey;
    private Caller ada;
    private Caller bob;

    @BeforeEach
    void start() {
        world = new SweepWorld();
        operator = new Caller("the operator", ADMIN_TOKEN);
        acmeKey = new Caller("Acme's key", world.acme.key());
        otherKey = new Caller("another issuer's key", world.other.key());
        ada = new Caller("Ada", world.ada.token());
        bob = new Caller("Bob, another member who owns an issuer", world.bob.token());
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void every_route_with_an_id_in_its_path_has_a_row_unless_it_is_a_public_read() {
        Set<String> covered = new TreeSet<>(PUBLIC_READS);
        world.server.nativeRoutes().stream().filter(route -> route.startsWith(OPEN_BADGES)).forEach(covered::add);
        rows().forEach(row -> covered.add(world.server.routeOf(row.method(), row.pathTo(row.id()))));

        Set<String> byId = new TreeSet<>(world.server.apiRoutes().stream()
                .filter(route -> route.contains("{")).toList());
        assertThat(covered).isEqualTo(byId);
    }

    @TestFactory
    Stream<DynamicTest> a_caller_that_must_not_reach_a_resource_gets_its_own_404_and_changes_nothing() {
        String before = world.snapshot();
        return rows().stream().flatMap(row -> row.intruders().stream().map(intruder -> {
            String call = row.method() + " " + row.pathTo(row.id()) + " by " + intruder.name();
            return DynamicTest.dynamicTest(call, () -> {
                Reply missing = call(row.owner(), row, MISSING);
                Reply refused = call(intruder, row, row.id());

                assertThat(missing.status()).as(call + ": the owner's call on a missing id").isEqualTo(404);
                assertThat(refused.status()).as(call).isEqualTo(404);
                assertThat(refused.raw().body()).as(call).isEqualTo(missing.raw().body()
                        .replace(Long.toString(MISSING), Long.toString(row.id())));
                assertThat(world.snapshot()).as(call + " left everything as it was").isEqualTo(before);
            });
        }));
    }

    private Reply call(Caller caller, Row row, long id) {
        return world.server.call(row.method(), row.pathTo(id), caller.token(), row.body());
    }

    private List<Row> rows() {
        SweepWorld w = world;
        String acmeIssuer = "/v1/issuers/%s";
        List<Row> rows = new ArrayList<>();
        List<Caller> outsiders = List.of(otherKey, bob, ada);
        rows.add(row("POST", acmeIssuer + "/api_keys", w.acme.id(), "{\"label\":\"mine\"}", operator, outsiders));
        rows.add(row("GET", acmeIssuer + "/api_keys", w.acme.id(), null, operator, outsiders));
        rows.add(row("DELETE", acmeIssuer + "/api_keys/" + w.acmeKey, w.acme.id(), null, operator, outsiders));
        rows.add(row("DELETE", "/v1/issuers/" + w.other.id() + "/api_keys/%s", w.acmeKey, null, otherKey,
                List.of(otherKey)));
        rows.add(row("DELETE", "/v1/issuers/" + w.bobsIssuer + "/api_keys/%s", w.acmeKey, null, bob, List.of(bob)));
        rows.add(row("PUT", acmeIssuer + "/signing_secret", w.acme.id(), "", operator, outsiders));
        rows.add(row("PUT", "/v1/issuers/%s", w.acme.id(), "{\"email\":\"intruder@example.org\"}", operator,
                outsiders));
        rows.add(row("POST", acmeIssuer + "/keys/rotation", w.acme.id(), null, operator, outsiders));
        String survival = "{\"name\":\"Survival 2\",\"time_zone\":\"UTC\"}";
        rows.add(row("POST", acmeIssuer + "/servers", w.acme.id(), survival, operator, outsiders));
        rows.add(row("GET", acmeIssuer + "/servers", w.acme.id(), null, operator, outsiders));
        rows.add(row("GET", acmeIssuer + "/servers/" + w.serverKey, w.acme.id(), null, operator, outsiders));
        rows.add(row("POST", acmeIssuer + "/events", w.acme.id(),
                "{\"events\":[{\"id\":\"e1\",\"subject\":\"handle:forum/steve\",\"metric\":\"comments\"}]}",
                operator, outsiders));
        webhookRows(rows, outsiders);
        rows.add(row("GET", acmeIssuer + "/offers", w.acme.id(), null, operator, outsiders));
        rows.add(row("GET", acmeIssuer + "/requests", w.acme.id(), null, operator, outsiders));
        rows.add(row("GET", acmeIssuer + "/recipients?identity=email:ada@example.org", w.acme.id(), null,
                operator, outsiders));
        rows.add(row("POST", acmeIssuer + "/templates", w.acme.id(), "{\"title\":\"Planted\"}", operator,
                outsiders));
        rows.add(row("POST", acmeIssuer + "/templates/upserts", w.acme.id(), "{\"templates\":[{\"name\":\"Planted\"}]}",
                operator, outsiders));
        rows.add(row("POST", acmeIssuer + "/templates/deletions", w.acme.id(), "{\"names\":[\"First Steps\"]}",
                operator, outsiders));

        rows.add(row("GET", "/v1/members/%s", w.ada.id(), null, operator, List.of(bob, acmeKey)));
        rows.add(row("POST", "/v1/members/%s/identities", w.ada.id(), SweepWorld.HANDLE, operator,
                List.of(ada, bob, acmeKey)));
        rows.add(row("POST", "/v1/members/%s/confirmation_token", w.ada.id(), "", operator,
                List.of(ada, bob, acmeKey)));
        rows.add(row("PUT", "/v1/categories/%s/placement", w.baking, "{\"position\":0}", operator,
                List.of(acmeKey, ada)));

        List<Caller> notAcme = List.of(otherKey, bob, ada);
        rows.add(row("GET", "/v1/templates/%s", w.draft, null, acmeKey, notAcme));
        rows.add(row("PUT", "/v1/templates/%s", w.draft, "{\"title\":\"Taken\"}", acmeKey, notAcme));
        rows.add(row("DELETE", "/v1/templates/%s", w.draft, null, acmeKey, notAcme));
        rows.add(row("POST", "/v1/templates/%s/submission", w.draft, "", acmeKey, notAcme));
        rows.add(row("GET", "/v1/templates/%s/rule", w.draft, null, acmeKey, notAcme));
        rows.add(row("POST", "/v1/templates/%s/approval", w.pending, "", operator, List.of(acmeKey, otherKey, ada)));
        rows.add(row("POST", "/v1/templates/%s/rejection", w.pending, "{\"reason\":\"no\"}", operator,
                List.of(acmeKey, otherKey, ada)));
        String scores = "{\"difficulty\":1,\"credibility\":1}";
        rows.add(row("PUT", "/v1/templates/%s/ratings/me", w.badge, scores, ada, List.of(acmeKey, operator)));
        rows.add(row("PUT", "/v1/templates/%s/ratings/me", w.draft, scores, ada, List.of(ada, bob)));
        rows.add(row("POST", "/v1/templates/%s/awards", w.badge, "{\"recipient\":" + w.bob.recipient() + "}", acmeKey,
                notAcme));
        rows.add(row("POST", "/v1/templates/%s/awards/bulk", w.badge, "{\"recipients\":[{\"recipient\":"
                + w.bob.recipient() + "}]}", acmeKey, notAcme));
        rows.add(row("POST", "/v1/templates/%s/requests", w.badge, "{}", ada, List.of(acmeKey, operator)));
        rows.add(row("POST", "/v1/templates/%s/requests", w.draft, "{}", ada, List.of(ada, bob)));

        List<Caller> notAdaNorAcme = List.of(otherKey, bob);
        List<Caller> notAda = List.of(bob, acmeKey, operator);
        rows.add(row("GET", "/v1/awards/%s", w.award, null, acmeKey, notAdaNorAcme));
        rows.add(row("POST", "/v1/awards/%s/viewing", w.award, "", ada, notAda));
        rows.add(row("POST", "/v1/awards/%s/revocation", w.award, "{\"reason\":\"mine\"}", acmeKey, notAcme));
        rows.add(row("GET", "/v1/offers/%s", w.offer, null, acmeKey, notAdaNorAcme));
        rows.add(row("POST", "/v1/offers/%s/acceptance", w.offer, "", ada, notAda));
        rows.add(row("POST", "/v1/offers/%s/rejection", w.offer, "", ada, notAda));
        rows.add(row("POST", "/v1/offers/%s/cancellation", w.offer, "", acmeKey, notAcme));
        rows.add(row("GET", "/v1/requests/%s", w.request, null, acmeKey, notAdaNorAcme));
        rows.add(row("POST", "/v1/requests/%s/acceptance", w.request, "", acmeKey, notAcme));
        rows.add(row("POST", "/v1/requests/%s/rejection", w.request, "{\"reason\":\"no\"}", acmeKey, notAcme));
        return rows;
    }

    /** Acme's webhook routes refused to outsiders, and Acme's endpoint refused through Other's issuer. */
    private void webhookRows(List<Row> rows, List<Caller> outsiders) {
        SweepWorld w = world;
        String acmeWebhooks = "/v1/issuers/%s/webhooks";
        String acmeWebhook = "/v1/issuers/%s/webhooks/" + w.webhook;
        String body = "{\"url\":\"https://receiver.example/other\",\"events\":[\"award.revoked\"]}";
        rows.add(row("POST", acmeWebhooks, w.acme.id(), body, operator, outsiders));
        rows.add(row("GET", acmeWebhooks, w.acme.id(), null, operator, outsiders));
        rows.add(row("GET", acmeWebhook, w.acme.id(), null, operator, outsiders));
        rows.add(row("DELETE", acmeWebhook, w.acme.id(), null, operator, outsiders));
        rows.add(row("PUT", acmeWebhook + "/secret", w.acme.id(), "", operator, outsiders));
        rows.add(row("GET", acmeWebhook + "/deliveries", w.acme.id(), null, operator, outsiders));
        rows.add(row("POST", acmeWebhook + "/deliveries/" + w.delivery + "/redelivery", w.acme.id(), "", operator,
                outsiders));
        String throughOther = "/v1/issuers/" + w.other.id() + "/webhooks/%s";
        rows.add(row("GET", throughOther, w.webhook, null, otherKey, List.of(otherKey)));
        rows.add(row("DELETE", throughOther, w.webhook, null, otherKey, List.of(otherKey)));
        rows.add(row("PUT", throughOther + "/secret", w.webhook, "", otherKey, List.of(otherKey)));
        rows.add(row("GET", throughOther + "/deliveries", w.webhook, null, otherKey, List.of(otherKey)));
    }

    private static Row row(String method, String path, long id, String body, Caller owner, List<Caller> intruders) {
        return new Row(method, path, id, body, owner, intruders);
    }

    /** A caller's name, for the report, and its token. */
    private record Caller(String name, String token) {
    }

    /**
     * One call to refuse.
     *
     * @param method the HTTP method
     * @param path the path, with {@code %s} where the addressed id goes
     * @param id the id of the resource the intruders must not reach
     * @param body the JSON body, null for none
     * @param owner a caller who may reach the resource, whose call on a missing id is the 404 to match
     * @param intruders the callers who must not reach it
     */
    private record Row(String method, String path, long id, String body, Caller owner, List<Caller> intruders) {

        String pathTo(long addressed) {
            return String.format(path, addressed);
        }
    }
}
