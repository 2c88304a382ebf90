package dev.accolade.adapter.in.rest.compat.acclaim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Organization;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
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
    void a_form_body_over_the_limit_is_413_like_json() throws Exception {
        String huge = "x".repeat(1024 * 1024 + 10);
        String boundary = "d74496d66958873e";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + huge
                + "\r\n--" + boundary + "--\r\n";

        assertThat(statusOfEarlyRefusal("application/x-www-form-urlencoded", "name=" + huge)).isEqualTo(413);
        assertThat(statusOfEarlyRefusal("multipart/form-data; boundary=" + boundary, multipart)).isEqualTo(413);
    }

    /**
     * The status of a POST whose body the server may refuse before it has all arrived: the body is written by
     * another thread while this one reads the answer, as curl does, so that the server closing the connection
     * on a client still writing cannot hide the answer it already sent.
     */
    private int statusOfEarlyRefusal(String contentType, String body) throws Exception {
        URI uri = URI.create(world.url(org.path() + "/badge_templates"));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nAuthorization: "
                    + AcclaimWorld.basic(org.token() + ":") + "\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + bytes.length + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            Thread writer = new Thread(() -> {
                try {
                    out.write(bytes);
                    out.flush();
                } catch (IOException refusedEarly) {
                    // the server answered and closed before the whole body was sent
                }
            });
            writer.start();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            writer.join(10_000);
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
