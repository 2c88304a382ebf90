package dev.accolade.adapter.in.rest;

import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;
import static dev.accolade.adapter.in.rest.TestServer.basic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.TestServer.Reply;
import dev.accolade.application.Accolade;
import dev.accolade.application.AccoladeSettings;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Members under /v1/members and their sessions under /v1/sessions. */
class MemberRoutesTest {

    private static final String PASSWORD = "correct horse battery";

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_registration_by_the_operator_is_confirmed_with_its_token_and_then_signs_in() {
        Reply registered = server.post("/v1/members", ADMIN_TOKEN,
                "{\"email\":\"ann@example.org\",\"password\":\"" + PASSWORD + "\",\"name\":\"Ann\","
                        + "\"nickname\":\"annie\",\"avatar\":{\"format\":\"png\",\"url\":\"https://example.org/a.png\"}}");

        assertThat(registered.status()).isEqualTo(201);
        long id = registered.json().at("/data/member/id").asLong();
        assertThat(registered.raw().headers().firstValue("Location")).contains("/v1/members/" + id);
        assertThat(registered.json().at("/data/member/email").asText()).isEqualTo("ann@example.org");
        assertThat(registered.json().at("/data/member/nickname").asText()).isEqualTo("annie");
        assertThat(registered.json().at("/data/member/avatar/format").asText()).isEqualTo("png");
        assertThat(registered.json().at("/data/member/confirmed").asBoolean()).isFalse();
        assertThat(registered.json().at("/data/member/confirmed_at").isNull()).isTrue();
        assertThat(registered.raw().body()).doesNotContain(PASSWORD);
        String confirmation = registered.json().at("/data/confirmation_token").asText();
        assertThat(confirmation).isNotBlank();

        Reply early = signIn("ann@example.org", PASSWORD);
        Reply confirmed = server.post("/v1/members/confirmations", null, "{\"token\":\"" + confirmation + "\"}");
        Reply again = server.post("/v1/members/confirmations", null, "{\"token\":\"" + confirmation + "\"}");
        Reply signedIn = signIn("ann@example.org", PASSWORD);

        assertThat(early.status()).isEqualTo(401);
        assertThat(early.json().path("code").asText()).isEqualTo("member_not_confirmed");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().at("/data/confirmed").asBoolean()).isTrue();
        assertThat(confirmed.json().at("/data/confirmed_at").asText()).isNotBlank();
        assertThat(again.status()).isEqualTo(422);
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.json().at("/data/member/id").asLong()).isEqualTo(id);
        assertThat(signedIn.json().at("/data/expires_at").asText()).isNotBlank();
        String token = signedIn.json().at("/data/token").asText();

        Reply meByBearer = server.get("/v1/members/me", token);
        Reply meByBasic = server.send(server.request("/v1/members/me").GET(), basic(token, ""));
        assertThat(meByBearer.status()).isEqualTo(200);
        assertThat(meByBearer.json().at("/data/id").asLong()).isEqualTo(id);
        assertThat(meByBearer.json().at("/data/status").asText()).isEqualTo("active");
        assertThat(meByBasic.json().path("data")).isEqualTo(meByBearer.json().path("data"));
    }

    @Test
    void an_anonymous_registrant_is_not_given_its_confirmation_token_the_operator_issues_one() {
        Reply registered = server.post("/v1/members", null, registration("eve@example.org", "Eve"));
        long id = registered.json().at("/data/member/id").asLong();

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().at("/data/member/confirmed").asBoolean()).isFalse();
        assertThat(registered.json().at("/data/confirmation_token").isNull()).isTrue();

        String path = "/v1/members/" + id + "/confirmation_token";
        member("mo@example.org", "Mo");
        Reply byAnonymous = server.post(path, null, "");
        Reply byMember = server.post(path, token("mo@example.org"), "");
        Reply issued = server.post(path, ADMIN_TOKEN, "");
        Reply unknown = server.post("/v1/members/999999/confirmation_token", ADMIN_TOKEN, "");
        String token = issued.json().at("/data/confirmation_token").asText();
        Reply confirmed = server.post("/v1/members/confirmations", null, "{\"token\":\"" + token + "\"}");
        Reply afterConfirmation = server.post(path, ADMIN_TOKEN, "");

        assertThat(byAnonymous.status()).isEqualTo(401);
        assertThat(byMember.status()).isEqualTo(404);
        assertThat(byMember.json().path("code").asText()).isEqualTo("member_not_found");
        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.json().at("/data/member/id").asLong()).isEqualTo(id);
        assertThat(token).hasSize(32);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(afterConfirmation.status()).isEqualTo(409);
        assertThat(afterConfirmation.json().path("code").asText()).isEqualTo("member_already_confirmed");
    }

    @Test
    void the_sandbox_confirms_at_once_and_gives_no_token() {
        server.close();
        server = TestServer.start(Accolade.builder().store(Accolade.openStore("memory"))
                .settings(AccoladeSettings.DEFAULT.withSandbox(true)).build());

        Reply registered = server.post("/v1/members", null, registration("bob@example.org", "Bob"));

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().at("/data/member/confirmed").asBoolean()).isTrue();
        assertThat(registered.json().at("/data/confirmation_token").isNull()).isTrue();
        assertThat(signIn("bob@example.org", PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void a_bad_registration_is_refused_and_registers_nobody() {
        Reply shortPassword = server.post("/v1/members", null,
                "{\"email\":\"ann@example.org\",\"password\":\"short\",\"name\":\"Ann\"}");
        Reply badEmail = server.post("/v1/members", null,
                "{\"email\":\"not an email\",\"password\":\"" + PASSWORD + "\",\"name\":\"Ann\"}");
        Reply unknown = server.post("/v1/members", null,
                "{\"email\":\"ann@example.org\",\"password\":\"" + PASSWORD + "\",\"name\":\"Ann\",\"admin\":true}");
        Reply unknownInAvatar = server.post("/v1/members", null, "{\"email\":\"ann@example.org\",\"password\":\""
                + PASSWORD + "\",\"name\":\"Ann\",\"avatar\":{\"format\":\"png\",\"url\":\"https://x.org/a\",\"size\":1}}");
        Reply missing = server.post("/v1/members", null, "{\"email\":\"ann@example.org\",\"name\":\"Ann\"}");

        assertThat(shortPassword.status()).isEqualTo(422);
        assertThat(shortPassword.json().at("/errors/0/attribute").asText()).isEqualTo("password");
        assertThat(shortPassword.raw().body()).doesNotContain("\"short\"");
        assertThat(badEmail.status()).isEqualTo(422);
        assertThat(badEmail.json().at("/errors/0/attribute").asText()).isEqualTo("email");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("code").asText()).isEqualTo("attribute_unknown");
        assertThat(unknownInAvatar.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.message()).isEqualTo("Missing required parameter: password");
        assertThat(server.post("/v1/members", null, registration("ann@example.org", "Ann")).status())
                .isEqualTo(201);
    }

    @Test
    void an_email_registers_once() {
        server.post("/v1/members", null, registration("ann@example.org", "Ann"));

        Reply second = server.post("/v1/members", null, registration("ann@example.org", "Other"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("code").asText()).isEqualTo("email_taken");
    }

    @Test
    void a_bad_confirmation_is_refused() {
        Reply wrong = server.post("/v1/members/confirmations", null, "{\"token\":\"no-such-token\"}");
        Reply unknown = server.post("/v1/members/confirmations", null, "{\"token\":\"x\",\"member_id\":1}");
        Reply missing = server.post("/v1/members/confirmations", null, "{}");
        Reply tooLong = server.post("/v1/members/confirmations", null, "{\"token\":\"" + "x".repeat(129) + "\"}");

        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().path("code").asText()).isEqualTo("confirmation_token_invalid");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().at("/errors/0/attribute").asText()).isEqualTo("token");
    }

    @Test
    void a_wrong_sign_in_gets_the_one_401_and_a_bad_one_a_clear_error() {
        member("ann@example.org", "Ann");

        Reply wrongPassword = signIn("ann@example.org", "wrong password");
        Reply unknownEmail = signIn("nobody@example.org", PASSWORD);
        Reply unknown = server.post("/v1/sessions", null,
                "{\"email\":\"ann@example.org\",\"password\":\"" + PASSWORD + "\",\"remember\":true}");
        Reply missing = server.post("/v1/sessions", null, "{\"email\":\"ann@example.org\"}");
        Reply tooLong = signIn("ann@example.org", "p".repeat(129));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(unknownEmail.json()).isEqualTo(wrongPassword.json());
        assertThat(wrongPassword.json().path("code").asText()).isEqualTo("invalid_credentials");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.message()).isEqualTo("Missing required parameter: password");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().at("/errors/0/attribute").asText()).isEqualTo("password");
    }

    @Test
    void signing_out_ends_the_session_only() {
        member("ann@example.org", "Ann");
        String first = token("ann@example.org");
        String second = token("ann@example.org");

        Reply out = server.delete("/v1/sessions/current", first);

        assertThat(out.status()).isEqualTo(204);
        assertThat(server.get("/v1/members/me", first).status()).isEqualTo(401);
        assertThat(server.get("/v1/members/me", second).status()).isEqualTo(200);
        assertThat(server.delete("/v1/sessions/current", null).status()).isEqualTo(401);
        assertThat(server.delete("/v1/sessions/current", ADMIN_TOKEN).status()).isEqualTo(403);
    }

    @Test
    void me_is_for_members_only() {
        assertThat(server.get("/v1/members/me", null).status()).isEqualTo(401);
        Reply operator = server.get("/v1/members/me", ADMIN_TOKEN);
        assertThat(operator.status()).isEqualTo(403);
        assertThat(operator.json().path("code").asText()).isEqualTo("member_required");
    }

    @Test
    void a_member_reads_itself_the_operator_anyone_and_another_member_nobody() {
        long ann = member("ann@example.org", "Ann");
        long bob = member("bob@example.org", "Bob");
        String annToken = token("ann@example.org");
        String key = server.createApiKey(server.createIssuer("acme"));

        Reply own = server.get("/v1/members/" + ann, annToken);
        Reply other = server.get("/v1/members/" + bob, annToken);
        Reply missing = server.get("/v1/members/" + (bob + 1000), annToken);
        Reply byKey = server.get("/v1/members/" + bob, key);
        Reply byOperator = server.get("/v1/members/" + bob, ADMIN_TOKEN);
        Reply anonymous = server.get("/v1/members/" + bob, null);

        assertThat(own.status()).isEqualTo(200);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.json()).isEqualTo(missing.json());
        assertThat(byKey.status()).isEqualTo(404);
        assertThat(byOperator.status()).isEqualTo(200);
        assertThat(byOperator.json().at("/data/email").asText()).isEqualTo("bob@example.org");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(server.get("/v1/members/abc", annToken).status()).isEqualTo(400);
    }

    @Test
    void a_member_creates_a_sub_account_it_may_read_but_not_act_for() {
        long parent = member("parent@example.org", "Parent");
        String parentToken = token("parent@example.org");

        Reply created = server.post("/v1/members/me/sub_accounts", parentToken, registration("kid@example.org", "Kid"));

        assertThat(created.status()).isEqualTo(201);
        long kid = created.json().at("/data/member/id").asLong();
        assertThat(created.raw().headers().firstValue("Location")).contains("/v1/members/" + kid);
        assertThat(created.json().at("/data/member/parent_id").asLong()).isEqualTo(parent);
        assertThat(created.json().at("/data/confirmation_token").isNull()).isTrue();
        String confirmation = server.post("/v1/members/" + kid + "/confirmation_token", ADMIN_TOKEN, "").json()
                .at("/data/confirmation_token").asText();
        assertThat(server.post("/v1/members/confirmations", null, "{\"token\":\"" + confirmation + "\"}").status())
                .isEqualTo(200);
        String kidToken = token("kid@example.org");

        assertThat(server.get("/v1/members/" + kid, parentToken).status()).isEqualTo(200);
        assertThat(server.get("/v1/members/" + parent, kidToken).status()).isEqualTo(404);
        assertThat(server.get("/v1/members/me", kidToken).json().at("/data/parent_id").asLong()).isEqualTo(parent);
    }

    @Test
    void a_sub_account_needs_a_member_and_a_good_body() {
        member("parent@example.org", "Parent");
        String parentToken = token("parent@example.org");

        Reply anonymous = server.post("/v1/members/me/sub_accounts", null, registration("kid@example.org", "Kid"));
        Reply operator = server.post("/v1/members/me/sub_accounts", ADMIN_TOKEN, registration("kid@example.org", "Kid"));
        Reply invalid = server.post("/v1/members/me/sub_accounts", parentToken,
                "{\"email\":\"kid@example.org\",\"password\":\"short\",\"name\":\"Kid\"}");
        Reply unknown = server.post("/v1/members/me/sub_accounts", parentToken,
                "{\"email\":\"kid@example.org\",\"password\":\"" + PASSWORD + "\",\"name\":\"Kid\",\"parent_id\":1}");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(operator.status()).isEqualTo(403);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("errors").get(0).path("attribute").asText()).endsWith("password");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(server.post("/v1/members", null, registration("kid@example.org", "Kid")).status()).isEqualTo(201);
    }

    @Test
    void a_signed_in_caller_finds_a_member_by_identity_seeing_only_the_public_profile() {
        long ann = member("ann@example.org", "Ann");
        member("bob@example.org", "Bob");
        String bobToken = token("bob@example.org");

        Reply byEmail = server.get("/v1/members?email=ann@example.org", bobToken);
        Reply byIdentity = server.get("/v1/members?identity=member:" + ann, ADMIN_TOKEN);
        Reply none = server.get("/v1/members?email=nobody@example.org", bobToken);

        assertThat(byEmail.status()).isEqualTo(200);
        assertThat(byEmail.json().path("data").size()).isEqualTo(1);
        assertThat(byEmail.json().at("/data/0/id").asLong()).isEqualTo(ann);
        assertThat(byEmail.json().at("/data/0/name").asText()).isEqualTo("Ann");
        assertThat(byEmail.json().at("/data/0").has("email")).isFalse();
        assertThat(byEmail.json().at("/metadata/next_cursor").isNull()).isTrue();
        assertThat(byIdentity.json().at("/data/0/id").asLong()).isEqualTo(ann);
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().path("data").size()).isZero();
    }

    @Test
    void a_lookup_needs_a_caller_and_one_valid_identity() {
        member("ann@example.org", "Ann");

        assertThat(server.get("/v1/members?email=ann@example.org", null).status()).isEqualTo(401);
        Reply neither = server.get("/v1/members", ADMIN_TOKEN);
        Reply both = server.get("/v1/members?email=ann@example.org&identity=member:1", ADMIN_TOKEN);
        Reply invalid = server.get("/v1/members?identity=someone", ADMIN_TOKEN);

        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.message()).isEqualTo("Missing required parameter: identity");
        assertThat(both.status()).isEqualTo(400);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().at("/errors/0/attribute").asText()).isEqualTo("identity");
    }

    @Test
    void the_operator_links_a_handle_to_a_member_which_then_finds_it() {
        long ann = member("ann@example.org", "Ann");

        Reply claimed = server.post("/v1/members/" + ann + "/identities", ADMIN_TOKEN,
                "{\"namespace\":\"minecraft:survival\",\"handle\":\"steve\"}");
        Reply found = server.get("/v1/members?identity=handle:minecraft:survival/steve", ADMIN_TOKEN);

        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.json().at("/data/identity").asText()).isEqualTo("handle:minecraft:survival/steve");
        assertThat(claimed.json().at("/data/member_id").asLong()).isEqualTo(ann);
        assertThat(claimed.json().at("/data/claimed_at").asText()).isNotBlank();
        assertThat(found.json().at("/data/0/id").asLong()).isEqualTo(ann);
    }

    @Test
    void a_member_cannot_link_a_handle_to_itself_or_another_and_nothing_changes() {
        long ann = member("ann@example.org", "Ann");
        long bob = member("bob@example.org", "Bob");
        String annToken = token("ann@example.org");
        String key = server.createApiKey(server.createIssuer("acme"));
        String body = "{\"namespace\":\"minecraft:survival\",\"handle\":\"steve\"}";

        Reply self = server.post("/v1/members/" + ann + "/identities", annToken, body);
        Reply other = server.post("/v1/members/" + bob + "/identities", annToken, body);
        Reply byKey = server.post("/v1/members/" + bob + "/identities", key, body);
        Reply anonymous = server.post("/v1/members/" + bob + "/identities", null, body);

        assertThat(List.of(self.status(), other.status(), byKey.status())).containsOnly(404);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(server.get("/v1/members?identity=handle:minecraft:survival/steve", ADMIN_TOKEN).json()
                .path("data").size()).isZero();
    }

    @Test
    void a_bad_claim_is_refused_and_a_handle_is_claimed_once() {
        long ann = member("ann@example.org", "Ann");
        long bob = member("bob@example.org", "Bob");
        String path = "/v1/members/" + ann + "/identities";

        Reply badNamespace = server.post(path, ADMIN_TOKEN, "{\"namespace\":\"Mine Craft!\",\"handle\":\"steve\"}");
        Reply unknown = server.post(path, ADMIN_TOKEN, "{\"namespace\":\"minecraft\",\"handle\":\"steve\",\"x\":1}");
        Reply missing = server.post(path, ADMIN_TOKEN, "{\"namespace\":\"minecraft\"}");
        Reply unknownMember = server.post("/v1/members/" + (bob + 1000) + "/identities", ADMIN_TOKEN,
                "{\"namespace\":\"minecraft\",\"handle\":\"steve\"}");
        Reply first = server.post(path, ADMIN_TOKEN, "{\"namespace\":\"minecraft\",\"handle\":\"steve\"}");
        Reply second = server.post("/v1/members/" + bob + "/identities", ADMIN_TOKEN,
                "{\"namespace\":\"minecraft\",\"handle\":\"steve\"}");

        assertThat(badNamespace.status()).isEqualTo(422);
        assertThat(badNamespace.json().at("/errors/0/attribute").asText()).isEqualTo("namespace");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.message()).isEqualTo("Missing required parameter: handle");
        assertThat(unknownMember.status()).isEqualTo(404);
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("code").asText()).isEqualTo("identity_already_claimed");
    }

    private String registration(String email, String name) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"" + name + "\"}";
    }

    /** Registers and confirms a member, returning its id. */
    private long member(String email, String name) {
        Reply registered = server.post("/v1/members", ADMIN_TOKEN, registration(email, name));
        if (registered.status() != 201) {
            throw new IllegalStateException("member not registered: " + registered.raw().body());
        }
        String confirmation = registered.json().at("/data/confirmation_token").asText();
        Reply confirmed = server.post("/v1/members/confirmations", null, "{\"token\":\"" + confirmation + "\"}");
        if (confirmed.status() != 200) {
            throw new IllegalStateException("member not confirmed: " + confirmed.raw().body());
        }
        return registered.json().at("/data/member/id").asLong();
    }

    private Reply signIn(String email, String password) {
        return server.post("/v1/sessions", null, "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    /** Signs in and returns the member token. */
    private String token(String email) {
        Reply reply = signIn(email, PASSWORD);
        if (reply.status() != 200) {
            throw new IllegalStateException("not signed in: " + reply.raw().body());
        }
        return reply.json().at("/data/token").asText();
    }
}
