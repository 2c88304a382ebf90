package dev.accolade.adapter.in.rest.compat.achievemint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.FuzzValues;
import dev.accolade.adapter.in.rest.WriteWatchingStore;
import dev.accolade.adapter.in.rest.compat.achievemint.AchieveMintServer.Reply;
import dev.accolade.application.Accolade;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzes every Achieve Mint method with hostile form fields (text holding JSON of any shape, numbers out of
 * range, NUL) and hostile JSON bodies: no answer is a server error, and a call answered with an Error
 * object commits no write.
 */
class AchieveMintFuzzTest {

    private static final List<String> METHODS = List.of("auth", "user", "create_user", "achievement",
            "find_achievements", "export_achievements", "award", "cancel_offer", "find_offers", "accept_offer",
            "reject_offer", "find_requests", "accept_request", "reject_request", "template", "find_templates",
            "create_template", "update_template", "available_versions", "current_version", "category_hierarchy");
    private static final List<String> FIELDS = List.of("achievement", "achievement_ids", "awarded_from",
            "awarded_to", "categories", "category_id", "description", "email", "id", "identity", "limit", "name",
            "new", "nickname", "offset", "order", "parents", "password", "received", "relation", "requests",
            "sort", "status", "template", "template_id", "templates", "title", "type", "user", "evidence");

    private static WriteWatchingStore store;
    private static AchieveMintServer server;
    private static List<String> tokens;

    @BeforeContainer
    static void start() {
        store = new WriteWatchingStore(Accolade.openStore("memory"));
        server = AchieveMintServer.unlimited(store, false);
        server.member("ada@example.org", "Ada");
        String ada = server.auth("ada@example.org");
        server.call("create_template", ada, Map.of("title", "Chef"));
        tokens = Arrays.asList(ada, null, "not-a-token");
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Property(tries = 1200)
    void any_form_call_is_answered_without_a_server_error(@ForAll("methods") String method,
            @ForAll("fields") Map<String, String> fields, @ForAll("tokens") String token) {
        store.forget();

        Reply reply = server.call(method, token, fields);

        assertAnsweredWithoutChangeOnRefusal(method + " " + fields, reply);
    }

    @Property(tries = 600)
    void any_json_call_is_answered_without_a_server_error(@ForAll("methods") String method,
            @ForAll("bodies") String body, @ForAll("tokens") String token) {
        store.forget();

        Reply reply = server.callJson(method, token, body);

        assertAnsweredWithoutChangeOnRefusal(method + " " + body, reply);
    }

    private static void assertAnsweredWithoutChangeOnRefusal(String call, Reply reply) {
        assertThat(reply.status()).as("%s answered %s", call, reply.body()).isLessThan(500);
        if (reply.json().has("error")) {
            assertThat(store.committedWrites()).as("%s was refused but wrote", call).isEmpty();
        }
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of(METHODS);
    }

    @Provide
    Arbitrary<Map<String, String>> fields() {
        return FuzzValues.fields(FIELDS);
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.oneOf(FuzzValues.object(FIELDS), FuzzValues.json());
    }

    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.of(tokens);
    }
}
