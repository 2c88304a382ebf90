package dev.accolade.adapter.in.rest.compat.acclaim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Organization;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Reply;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A form body the server cannot read is the client's mistake, in Acclaim's error form: 400 for a
 * broken multipart body, 413 for one over the limit, never a 500; and nothing changes.
 */
class AcclaimBrokenBodiesTest {

    private AcclaimWorld world;
    private Organization org;
    private String template;

    @BeforeEach
    void start() {
        world = new AcclaimWorld(Instant::now);
        org = world.organization("fencing");
        template = world.activeTemplate(org, "Fencer");
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void broken_multipart_bodies_are_400_on_every_form_route() {
        List<String[]> routes = List.of(new String[] {"POST", org.path() + "/badge_templates"},
                new String[] {"POST", org.path() + "/badges"},
                new String[] {"PUT", org.path() + "/badge_templates/" + template},
                new String[] {"PUT", org.path() + "/badges/" + template + "/revoke"});
        List<String[]> bodies = List.of(new String[] {"multipart/form-data", "name=x"},
                new String[] {"multipart/form-data; boundary=xyz", "name=x"},
                new String[] {"multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data;"
                        + " name=\"name\"\r\n\r\nunfinished"});
        for (String[] route : routes) {
            for (String[] body : bodies) {
                Reply reply = world.send(world.request(route[1]).header("Content-Type", body[0])
                        .method(route[0], HttpRequest.BodyPublishers.ofString(body[1])), org.token());

                assertThat(reply.status()).as(route[0] + " " + route[1] + " " + body[0] + ": " + reply.raw().body())
                        .isIn(400, 404);
            }
        }
    }

    @Test
    void a_form_body_over_the_limit_is_413_like_json() {
        String huge = "name=" + "x".repeat(1024 * 1024 + 10);

        Reply form = world.send(world.request(org.path() + "/badge_templates")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(huge)), org.token());
        Reply multipart = world.send(AcclaimWorld.multipart(world.request(org.path() + "/badge_templates"),
                List.<String[]>of(new String[] {"name", "x".repeat(1024 * 1024 + 10)})), org.token());

        assertThat(form.status()).as(form.raw().body()).isEqualTo(413);
        assertThat(multipart.status()).as(multipart.raw().body()).isEqualTo(413);
    }
}
