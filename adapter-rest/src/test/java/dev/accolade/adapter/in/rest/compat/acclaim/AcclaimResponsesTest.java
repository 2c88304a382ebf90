package dev.accolade.adapter.in.rest.compat.acclaim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Organization;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Reply;
import dev.accolade.domain.error.DomainException;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each row of the specification's response table, its common errors, and its validation failure body. */
class AcclaimResponsesTest {

    private final AtomicBoolean clockBroken = new AtomicBoolean();
    private AcclaimWorld world;
    private Organization org;
    private String templates;

    @BeforeEach
    void start() {
        world = new AcclaimWorld(() -> {
            if (clockBroken.get()) {
                throw new IllegalStateException("secret detail of the failure");
            }
            return Instant.now();
        });
        org = world.organization("fencing");
        templates = org.path() + "/badge_templates";
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void get_success_is_200_with_the_wrapped_resource() {
        String id = world.json("POST", templates, org.token(), "{\"name\":\"Epee\"}").json().at("/data/id").asText();

        Reply reply = world.get(templates + "/" + id, org.token());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/data/name").asText()).isEqualTo("Epee");
        assertThat(reply.json().has("metadata")).isTrue();
    }

    @Test
    void a_path_or_method_no_route_serves_is_404_resource_not_found_with_or_without_credentials() {
        Reply unknownPath = world.get("/v1/nothing-here", org.token());
        Reply unknownVersion = world.get("/v2/organizations", org.token());
        Reply base = world.get("", org.token());
        Reply anonymous = world.get("/v1/nothing-here", null);
        Reply unknownMethod = world.json("PATCH", templates, org.token(), "{}");

        for (Reply reply : new Reply[] {unknownPath, unknownVersion, base, anonymous, unknownMethod}) {
            assertThat(reply.status()).as(reply.raw().uri().toString()).isEqualTo(404);
            assertThat(reply.raw().headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            assertThat(reply.raw().body()).as(reply.raw().uri().toString())
                    .isEqualTo("{\"message\":\"Resource not found.\"}");
        }
    }

    @Test
    void get_not_found_is_404_resource_not_found() {
        String missing = AcclaimIds.format(AcclaimIds.Kind.BADGE_TEMPLATE, 999_999);

        for (String path : new String[] {templates + "/" + missing, templates + "/42", templates + "/not-a-uuid",
                org.path() + "/badges/" + missing}) {
            Reply reply = world.get(path, org.token());

            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.raw().body()).as(path).isEqualTo("{\"message\":\"Resource not found.\"}");
        }
    }

    @Test
    void post_success_is_201_with_the_resource_and_its_url_in_location() {
        Reply reply = world.json("POST", templates, org.token(), "{\"name\":\"Sabre\",\"template_type\":\"Skill\"}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.location()).isEqualTo(world.url(templates + "/" + reply.json().at("/data/id").asText()));
        assertThat(reply.json().at("/data/template_type").asText()).isEqualTo("Skill");
    }

    @Test
    void put_success_is_200_with_the_changed_resource() {
        String id = world.json("POST", templates, org.token(), "{\"name\":\"Foil\"}").json().at("/data/id").asText();

        Reply reply = world.json("PUT", templates + "/" + id, org.token(), "{\"description\":\"Right of way\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/data/name").asText()).isEqualTo("Foil");
        assertThat(reply.json().at("/data/description").asText()).isEqualTo("Right of way");
    }

    @Test
    void a_missing_required_parameter_is_400_naming_it() {
        Reply template = world.json("POST", templates, org.token(), "{\"description\":\"no name\"}");
        Reply badge = world.json("POST", org.path() + "/badges", org.token(),
                "{\"badge_template_id\":\"" + world.activeTemplate(org, "Epee") + "\"}");

        assertThat(template.status()).isEqualTo(400);
        assertThat(template.raw().body()).isEqualTo("{\"message\":\"Missing required parameter: name\"}");
        assertThat(badge.status()).isEqualTo(400);
        assertThat(badge.message()).isEqualTo("Missing required parameter: recipient_email");
    }

    @Test
    void a_validation_failure_is_422_with_the_message_and_the_errors_per_attribute_in_data() {
        String template = world.activeTemplate(org, "Epee");

        Reply reply = world.json("POST", org.path() + "/badges", org.token(),
                "{\"badge_template_id\":\"" + template + "\",\"recipient_email\":\"not an address\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/data/message").asText())
                .isEqualTo("Validation failed: Recipient email is not a valid email address");
        assertThat(reply.json().at("/data/errors/0/attribute").asText()).isEqualTo("recipient_email");
        assertThat(reply.json().at("/data/errors/0/messages/0").asText()).isEqualTo("is not a valid email address");
    }

    @Test
    void every_failed_rule_is_listed() {
        String name = "x".repeat(201);

        Reply reply = world.json("POST", templates, org.token(),
                "{\"name\":\"" + name + "\",\"template_type\":\"" + "t".repeat(51) + "\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/data/message").asText()).isEqualTo("Validation failed: "
                + "Name is too long (maximum is 200 characters), "
                + "Template type is too long (maximum is 50 characters)");
        assertThat(reply.json().at("/data/errors")).hasSize(2);
    }

    @Test
    void an_unexpected_error_is_500_with_the_generic_message_only() {
        clockBroken.set(true);

        Reply reply = world.json("POST", templates, org.token(), "{\"name\":\"Epee\"}");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.raw().body())
                .isEqualTo("{\"message\":\"Oops. Something went wrong, but no details are available.\"}");
    }

    @Test
    void without_the_right_authorization_header_you_need_to_sign_in() {
        String path = org.path() + "/badge_templates";
        String[] headers = {null, "Bearer " + org.token(), AcclaimWorld.basic("unknown-token:"),
            AcclaimWorld.basic(org.token() + ":a-password"), AcclaimWorld.basic(":"), "Basic !!!"};

        for (String header : headers) {
            HttpRequest.Builder request = world.request(path).GET();
            if (header != null) {
                request.header("Authorization", header);
            }
            Reply reply = world.exchange(request);

            assertThat(reply.status()).as(String.valueOf(header)).isEqualTo(401);
            assertThat(reply.raw().body()).as(String.valueOf(header))
                    .isEqualTo("{\"message\":\"You need to sign in before continuing.\"}");
            assertThat(reply.raw().headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"acclaim\"");
        }
    }

    @Test
    void the_token_as_password_with_a_blank_user_name_is_taken_as_the_specification_encodes_it() {
        Reply reply = world.exchange(world.request(org.path() + "/badge_templates").GET()
                .header("Authorization", AcclaimWorld.basic(":" + org.token())));

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void an_unconfirmed_or_inactive_account_gets_the_specifications_words() {
        assertThat(AcclaimErrors.replyTo(DomainException.unauthenticated("member_not_confirmed", "x")).body())
                .isEqualTo(new AcclaimErrors.Message("You have to confirm your account before continuing."));
        assertThat(AcclaimErrors.replyTo(DomainException.unauthenticated("member_inactive", "x")).body())
                .isEqualTo(new AcclaimErrors.Message("Your account was not activated yet."));
        assertThat(AcclaimErrors.replyTo(DomainException.unauthenticated("member_inactive", "x")).status())
                .isEqualTo(401);
    }
}
