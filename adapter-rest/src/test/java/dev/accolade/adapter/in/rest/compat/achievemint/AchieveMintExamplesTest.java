package dev.accolade.adapter.in.rest.compat.achievemint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.compat.achievemint.AchieveMintServer.Reply;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every example call of the specification, replayed verbatim with only the base URL changed, on a
 * sandbox server (where the specification's own examples are meant to be tried). Verbatim, their
 * placeholders ({@code token=token}, {@code email_string}) get the Error objects a client would
 * get; with the placeholders filled in, they do what the specification says.
 */
class AchieveMintExamplesTest {

    /** The specification's examples, by method, exactly as printed (curl URL, then the -d body or null). */
    static final Map<String, String[]> EXAMPLES = new LinkedHashMap<>();

    static {
        example("auth", "https://www.achievemint.net/api/1.0/auth.json",
                "identity={\"email\":\"email_string\"}&password=password_string");
        example("user", "https://www.achievemint.net/api/1.0/user.json",
                "identity={\"email\":\"email_string\"}&token=token");
        example("create_user", "https://www.achievemint.net/api/1.0/create_user.json",
                "email=email_string&password=password_string&name=name_string &nickname=nickname_string&avatar="
                        + "{\"format\":\"png\",\"data\":null,\"url\":\"full_image_web_address\"}&token=token");
        example("achievement", "https://www.achievemint.net/api/1.0/achievement.json",
                "id=achievement_id&token=token");
        example("find_achievements", "https://www.achievemint.net/api/1.0/find_achievements.json",
                "user_identity={\"email\":\"email_string\"}&type=awarded&categories=[1,2,3]&awarded_from=1375086214"
                        + "&awarded_to=1375286214&new=1&sort=id&order=asc&limit=10&offset=0&token=token");
        example("export_achievements", "https://www.achievemint.net/api/1.0/export_achievements.json",
                "user_identity={\"email\":\"email_string\"}&achievement_ids=[1,2,3]&token=token");
        example("template", "https://www.achievemint.net/api/1.0/template.json", "id=template_id&token=token");
        example("find_templates", "https://www.achievemint.net/api/1.0/find_templates.json",
                "user_identity={\"email\":\"email_string\"}&status=published&categories=[1,2,3] &sort=id&order=asc"
                        + "&limit=10&offset=0&token=token");
        example("create_template", "https://www.achievemint.net/api/1.0/create_template.json",
                "categories=[1,2,3]&title=title_string&description=description_string&attachments=[{\"format\":"
                        + "\"png\",\"name\":\"attachment_name\",\"data\":null,\"url\":\"full_image_web_address\"}]"
                        + "&icon={\"format\":\"png\",\"data\":null,\"url\":\"full_image_web_address\"}&token=token");
        example("update_template", "https://www.achievemint.net/api/1.0/update_template.json",
                "id=template_id&categories=[1,2,3]&title=title_string&description=description_string&attachments="
                        + "[{\"format\":\"png\",\"name\":\"attachment_name\",\"data\":null,\"url\":"
                        + "\"full_image_web_address\"}]&remove_attachment=1&icon={\"format\":\"png\",\"data\":null,"
                        + "\"url\":\"full_image_web_address\"}&token=token");
        example("award", "https://www.achievemint.net/api/1.0/award.json",
                "user_identity={\"email\":\"email_string\"}&template_id=template_id"
                        + "&callback_url=full_callback_web_address&token=token");
        example("cancel_offer", "https://www.achievemint.net/api/1.0/cancel_offer.json", "id=offer_id&token=token");
        example("find_requests", "https://www.achievemint.net/api/1.0/find_requests.json",
                "limit=10&offset=0&token=token");
        example("accept_request", "https://www.achievemint.net/api/1.0/accept_request.json",
                "id=request_id&token=token");
        example("reject_request", "https://www.achievemint.net/api/1.0/reject_request.json",
                "id=request_id&token=token");
        example("find_offers", "https://www.achievemint.net/api/1.0/find_offers.json", "limit=10&offset=0&token=token");
        example("accept_offer", "https://www.achievemint.net/api/1.0/accept_offer.json", "id=request_id&token=token");
        example("reject_offer", "https://www.achievemint.net/api/1.0/reject_offer.json", "id=request_id&token=token");
        example("available_versions", "https://www.achievemint.net/api/1.0/available_versions.json", null);
        example("current_version", "https://www.achievemint.net/api/1.0/current_version.jsonn", null);
        example("category_hierarchy", "https://www.achievemint.net/api/1.0/category_hierarchy.json",
                "category_id=1&relation=children&token=token");
    }

    private AchieveMintServer server;

    private static void example(String method, String url, String body) {
        EXAMPLES.put(method, new String[] {url, body});
    }

    @BeforeEach
    void start() {
        server = AchieveMintServer.start(true);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Replays an example with the base URL changed and the placeholders replaced as given. */
    private Reply replay(String method, Map<String, String> placeholders) {
        String[] example = EXAMPLES.get(method);
        String url = example[0].replace("https://www.achievemint.net", server.base());
        if (example[1] == null) {
            return server.curl(url);
        }
        String body = example[1];
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            body = body.replaceAll("(?<=[=\":])" + placeholder.getKey() + "(?=[&\"]|$)", placeholder.getValue());
        }
        return server.curl(url, body);
    }

    @Test
    void the_examples_cover_every_method_of_the_specification() {
        assertThat(EXAMPLES.keySet()).containsExactlyInAnyOrder("auth", "user", "create_user", "achievement",
                "find_achievements", "export_achievements", "template", "find_templates", "create_template",
                "update_template", "award", "cancel_offer", "find_requests", "accept_request", "reject_request",
                "find_offers", "accept_offer", "reject_offer", "available_versions", "current_version",
                "category_hierarchy");
        assertThat(server.methodNames()).containsExactlyInAnyOrderElementsOf(EXAMPLES.keySet());
    }

    @Test
    void verbatim_every_example_with_token_equal_to_token_is_refused_as_an_invalid_token() {
        for (String method : EXAMPLES.keySet()) {
            if (List.of("auth", "available_versions", "current_version").contains(method)) {
                continue;
            }
            Reply reply = replay(method, Map.of());

            assertThat(reply.status()).as(method).isEqualTo(200);
            assertThat(reply.json().path("error").path("code").asInt()).as(method).isEqualTo(21);
            assertThat(reply.json().path("error").path("description").asText()).as(method)
                    .isEqualTo("The token is not valid.");
            assertThat(reply.json().size()).as("%s answers with the error field alone", method).isEqualTo(1);
        }
    }

    @Test
    void verbatim_auth_refuses_the_placeholder_email_and_the_utilities_answer() {
        assertThat(replay("auth", Map.of()).errorCode()).isEqualTo(12);
        Reply versions = replay("available_versions", Map.of());
        assertThat(versions.json().toString()).isEqualTo("{\"versions\":[\"1.0\"]}");
        Reply misspelt = replay("current_version", Map.of());
        assertThat(misspelt.errorCode()).isEqualTo(2);
        assertThat(misspelt.json().at("/error/description").asText())
                .isEqualTo("There is no method current_version.jsonn.");
        assertThat(server.curl(server.base() + "/api/1.0/current_version.json").json().toString())
                .isEqualTo("{\"version\":\"1.0\"}");
    }

    @Test
    void filled_in_the_account_examples_sign_in_find_and_register_users() {
        server.member("ada@example.org", "Ada Lovelace");

        Reply auth = replay("auth", Map.of("email_string", "ada@example.org", "password_string",
                AchieveMintServer.PASSWORD));
        String token = auth.json().at("/user/token").asText();
        assertThat(token).matches("[A-Za-z0-9]{32}");
        assertThat(auth.json().at("/user/email").asText()).isEqualTo("ada@example.org");
        assertThat(auth.json().at("/user/status").asText()).isEqualTo("active");
        assertThat(auth.json().at("/user/online").isBoolean()).isTrue();
        assertThat(auth.json().at("/user/authority_categories").isArray()).isTrue();

        Reply user = replay("user", Map.of("email_string", "ada@example.org", "token", token));
        assertThat(user.json().at("/user/id").asLong()).isEqualTo(auth.json().at("/user/id").asLong());
        assertThat(user.json().at("/user/token").isNull()).isTrue();

        Reply byUrl = replay("create_user", Map.of("email_string", "bob@example.org", "password_string",
                "bobs password", "token", token, "full_image_web_address", "https://example.org/bob.png"));
        assertThat(byUrl.errorCode()).as("an avatar by URL needs the outbound adapter").isEqualTo(70);
        assertThat(server.auth("ada@example.org")).isNotEmpty();

        Reply created = server.curl(server.base() + "/api/1.0/create_user.json", EXAMPLES.get("create_user")[1]
                .replace("email_string", "bob@example.org")
                .replace("password_string", AchieveMintServer.PASSWORD.replace(' ', '+'))
                .replace("&avatar={\"format\":\"png\",\"data\":null,\"url\":\"full_image_web_address\"}", "")
                .replace("token=token", "token=" + token));
        assertThat(created.json().at("/user/email").asText()).isEqualTo("bob@example.org");
        assertThat(created.json().at("/user/status").asText()).isEqualTo("active");
        assertThat(server.auth("bob@example.org")).as("confirmed at once in the sandbox").hasSize(32);
    }

    @Test
    void filled_in_the_template_award_and_offer_examples_work_in_the_sandbox() {
        server.member("ada@example.org", "Ada Lovelace");
        String token = server.auth("ada@example.org");
        long one = server.category("One", null);
        long two = server.category("Two", null);
        long three = server.category("Three", null);
        String categories = "[" + one + "," + two + "," + three + "]";
        Map<String, String> filled = new LinkedHashMap<>(Map.of("token", token, "full_image_web_address",
                "https://example.org/icon.png"));

        assertThat(replay("create_template", filled).errorCode()).as("icons by URL need the outbound adapter")
                .isEqualTo(70);
        Reply created = server.call("create_template", token, Map.of("categories", categories, "title",
                "title_string", "description", "description_string"));
        long template = created.json().at("/template/id").asLong();
        assertThat(created.json().at("/template/status").asText()).isEqualTo("published");
        assertThat(created.json().at("/template/categories/2/name").asText()).isEqualTo("Three");
        filled.put("template_id", Long.toString(template));
        filled.put("email_string", "carol@example.org");
        filled.put("full_callback_web_address", "https://client.example.org/callback");

        Reply read = replay("template", filled);
        assertThat(read.json().at("/template/name").asText()).isEqualTo("title_string");
        Reply found = server.curl(server.base() + "/api/1.0/find_templates.json",
                EXAMPLES.get("find_templates")[1].replace("email_string", "ada@example.org")
                        .replace("[1,2,3]", categories).replace("token=token", "token=" + token));
        assertThat(found.json().at("/templates/0/id").asLong()).isEqualTo(template);

        Reply award = replay("award", filled);
        assertThat(award.json().at("/callback_token").asText()).matches("[A-Za-z0-9]{32}");
        long offer = award.json().at("/offer/id").asLong();
        assertThat(award.json().at("/offer/user/id").isNull()).as("carol has not registered").isTrue();
        assertThat(award.json().at("/offer/user/email").asText()).isEqualTo("carol@example.org");
        assertThat(award.json().at("/offer/template/id").asLong()).isEqualTo(template);

        Reply offers = replay("find_offers", filled);
        assertThat(offers.json().at("/requests/0/id").asLong()).isEqualTo(offer);
        assertThat(offers.json().at("/offers/0/id").asLong()).isEqualTo(offer);
        filled.put("offer_id", Long.toString(offer));
        assertThat(replay("cancel_offer", filled).json().toString()).isEqualTo("{\"success\":true}");
        assertThat(replay("find_offers", filled).json().at("/requests").size()).isZero();
        assertThat(replay("find_requests", filled).json().toString()).isEqualTo("{\"requests\":[]}");

        assertThat(replay("update_template", filled).errorCode()).isEqualTo(70);
        Reply updated = server.curl(server.base() + "/api/1.0/update_template.json", "id=" + template
                + "&categories=" + categories + "&title=title_string 2&description=description_string"
                + "&remove_attachment=1&token=" + token);
        assertThat(updated.json().at("/template/name").asText()).isEqualTo("title_string 2");

        assertThat(replay("category_hierarchy", Map.of("token", token)).errorCode())
                .as("there is no category 1 here").isEqualTo(40);
        long child = server.category("Child", one);
        Reply children = server.curl(server.base() + "/api/1.0/category_hierarchy.json",
                EXAMPLES.get("category_hierarchy")[1].replace("category_id=1", "category_id=" + one)
                        .replace("token=token", "token=" + token));
        assertThat(children.json().toString()).isEqualTo("{\"categories\":[{\"id\":" + child
                + ",\"name\":\"Child\"}]}");
    }
}
