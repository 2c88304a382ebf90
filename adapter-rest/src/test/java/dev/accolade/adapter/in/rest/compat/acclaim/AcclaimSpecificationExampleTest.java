package dev.accolade.adapter.in.rest.compat.acclaim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Organization;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The specification's curl example, replayed with the real curl binary against the real server
 * (where curl is installed), and again as curl sends it: multipart form fields, HTTP Basic with the
 * token as user name and a blank password, and the URL with its {@code .json} suffix.
 */
class AcclaimSpecificationExampleTest {

    private AcclaimWorld world;
    private Organization fencing;

    @BeforeEach
    void start() {
        world = new AcclaimWorld();
        fencing = world.organization("fencing");
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void the_curl_example_creates_the_badge_template() throws Exception {
        Optional<Path> curl = Stream.of("/usr/bin/curl", "/bin/curl", "/usr/local/bin/curl").map(Path::of)
                .filter(Files::isExecutable).findFirst();
        JsonNode created;
        if (curl.isPresent()) {
            Process process = new ProcessBuilder(curl.get().toString(), "-s", "-i",
                    "-u", fencing.token() + ":" + "",
                    "-F", "name=Fencing Club Champion",
                    "-F", "description=The earner of this badge won the fencing club championship.",
                    "-F", "template_type=Skill",
                    world.url(fencing.path() + "/badge_templates.json")).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String[] headAndBody = output.split("\r\n\r\n", 2);
            assertThat(headAndBody[0]).startsWith("HTTP/1.1 201");
            assertThat(headAndBody[0]).containsIgnoringCase("Location: " + world.url(fencing.path()
                    + "/badge_templates/acc1a1de-"));
            created = new ObjectMapper().readTree(headAndBody[1]);
        } else {
            created = asCurlSends().json();
        }

        JsonNode data = created.path("data");
        assertThat(data.path("name").asText()).isEqualTo("Fencing Club Champion");
        assertThat(data.path("description").asText())
                .isEqualTo("The earner of this badge won the fencing club championship.");
        assertThat(data.path("template_type").asText()).isEqualTo("Skill");
        assertThat(data.path("state").asText()).isEqualTo("draft");
        assertThat(data.path("organization_id").asText()).isEqualTo(fencing.id());
        assertThat(data.path("id").asText()).matches("acc1a1de-0000-4000-82[0-9a-f]{2}-[0-9a-f]{12}");
    }

    @Test
    void the_example_as_curl_sends_it_answers_201_with_the_resource_and_its_url() throws IOException {
        Reply reply = asCurlSends();

        assertThat(reply.status()).isEqualTo(201);
        String id = reply.json().at("/data/id").asText();
        assertThat(reply.location()).isEqualTo(world.url(fencing.path() + "/badge_templates/" + id));
        Reply read = world.get(fencing.path() + "/badge_templates/" + id, fencing.token());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("data")).isEqualTo(reply.json().path("data"));
    }

    /** The request curl makes for the example: multipart fields and the token as Basic user name. */
    private Reply asCurlSends() {
        List<String[]> fields = List.of(new String[] {"name", "Fencing Club Champion"},
                new String[] {"description", "The earner of this badge won the fencing club championship."},
                new String[] {"template_type", "Skill"});
        return world.exchange(AcclaimWorld.multipart(world.request(fencing.path() + "/badge_templates.json")
                .header("Authorization", AcclaimWorld.basic(fencing.token() + ":"))
                .header("Accept", "*/*"), fields));
    }
}
