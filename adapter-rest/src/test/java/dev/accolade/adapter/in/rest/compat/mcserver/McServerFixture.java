package dev.accolade.adapter.in.rest.compat.mcserver;

import dev.accolade.adapter.in.rest.GrantFixture;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import dev.accolade.adapter.in.rest.TestServer;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.stream.Collectors;

/** An issuer with a game server in Chicago's time zone, registered and fed over HTTP. */
final class McServerFixture implements AutoCloseable {

    static final String BASE = "/compat/mcserver/api/v1/servers/";

    final GrantFixture grants;
    final TestServer server;
    final GrantFixture.Issuer coal;
    final String key;

    McServerFixture() {
        this(new GrantFixture());
    }

    /** A game server of an issuer on this fixture's server. */
    McServerFixture(GrantFixture grants) {
        this.grants = grants;
        this.server = grants.server;
        this.coal = grants.issuer("coal");
        Reply created = server.post("/v1/issuers/" + coal.id() + "/servers", coal.key(),
                "{\"name\":\"Survival\",\"time_zone\":\"America/Chicago\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("server not created: " + created.raw().body());
        }
        key = created.json().at("/data/key").asText();
    }

    /** Posts lines as plain text, one per line, with the issuer's key, for a log of this date. */
    Reply postLines(String date, List<String> lines) {
        return postText(coal.key(), "?date=" + date, lines.stream().map(line -> line + "\n")
                .collect(Collectors.joining()));
    }

    /** Posts a plain-text body to the server's log_lines. */
    Reply postText(String token, String query, String body) {
        return server.send(server.request(BASE + key + "/log_lines" + query)
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "text/plain"),
                TestServer.bearer(token));
    }

    /** A GET under the server, with the issuer's key. */
    Reply get(String pathAndQuery) {
        return server.get(BASE + key + pathAndQuery, coal.key());
    }

    /** A 1.7+ line of an advancement at a time of day. */
    static String advancement(String time, String player, String title) {
        return "[" + time + "] [Server thread/INFO]: " + player + " has made the advancement [" + title + "]";
    }

    @Override
    public void close() {
        grants.close();
    }
}
