package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two server processes on one PostgreSQL database, as behind a load balancer: both migrate the schema at
 * once; awards raced through both all succeed; replays of one idempotency key through both make one award;
 * an offer accepted through both at once is accepted once; every webhook delivery is sent once though both
 * instances dispatch the outbox; failed sign-ins through one instance slow down the next through the other
 * (the counts are in the database), and a flood of bad keys meets each instance's own address limit. No
 * answer is a 500; a unit that ran out of retries under load answers 503 with Retry-After, and is sent again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    private static final String ADMIN = "two-instances-admin-token-0123";
    private static final String PASSWORD = "correct horse battery";
    private static final int BUSY_RETRIES = 5;
    /** How many answers were 503 store_busy and sent again: allowed under load, reported, never a 500. */
    private static final AtomicInteger BUSY = new AtomicInteger();
    private static final int ADDRESS_RATE = 5;
    private static final int ADDRESS_BURST = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Logger LOG = LoggerFactory.getLogger(TwoInstancesTest.class);

    @TempDir
    static Path logs;

    private static PostgresSchema schema;
    private static WebhookReceiver receiver;
    private static List<ServerProcess> servers;
    private static long issuer;
    private static String key;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        schema = PostgresSchema.create("accolade_e2e_");
        receiver = new WebhookReceiver();
        byte[] masterKey = new byte[32];
        new SecureRandom().nextBytes(masterKey);
        Map<String, String> environment = Map.of("ACCOLADE_DATABASE", schema.url(), "ACCOLADE_DATABASE_USER",
                PostgresSchema.user(), "ACCOLADE_ADMIN_TOKEN", ADMIN, "ACCOLADE_MASTER_KEY",
                Base64.getEncoder().encodeToString(masterKey), "ACCOLADE_FETCH_ALLOW", "127.0.0.1/32",
                "ACCOLADE_SANDBOX", "false", "ACCOLADE_DRAIN_DELAY", "0s", "ACCOLADE_RATE_KEY", "1000/2000",
                "ACCOLADE_RATE_ADDRESS", ADDRESS_RATE + "/" + ADDRESS_BURST);
        servers = List.of(ServerProcess.start(environment, logs), ServerProcess.start(environment, logs));
        for (ServerProcess server : servers) {
            server.awaitHealthy(Duration.ofSeconds(90));
        }
        issuer = call(0, "POST", "/v1/issuers", ADMIN, Map.of("slug", "acme", "name", "Acme"), null)
                .data().path("id").asLong();
        key = call(1, "POST", "/v1/issuers/" + issuer + "/api_keys", ADMIN, Map.of("label", "load"), null)
                .data().path("secret").asText();
        Reply webhook = call(0, "POST", "/v1/issuers/" + issuer + "/webhooks", key, Map.of("url", receiver.url(),
                "events", List.of("award.granted", "offer.accepted")), null);
        assertThat(webhook.status()).as(webhook.json().toString()).isEqualTo(201);
    }

    @AfterAll
    static void stop() throws Exception {
        LOG.info("{} answers were 503 store_busy and sent again", BUSY.get());
        if (servers != null) {
            for (ServerProcess server : servers) {
                server.close();
            }
        }
        if (receiver != null) {
            receiver.close();
        }
        if (schema != null) {
            schema.close();
        }
    }

    @Test
    @Order(1)
    void awards_raced_through_both_instances_all_succeed_and_each_is_delivered_once() throws Exception {
        long template = publishedTemplate("Raced", false);
        int writers = 8;
        int each = 15;

        List<Reply> replies = race(writers, writer -> {
            List<Reply> mine = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                mine.add(call((writer + i) % 2, "POST", "/v1/templates/" + template + "/awards", key,
                        Map.of("recipient", Map.of("email", "w" + writer + "-" + i + "@example.org")),
                        "race-" + writer + "-" + i));
            }
            return mine;
        });

        assertThat(statuses(replies)).isEqualTo(Map.of(201, writers * each));
        Set<String> awarded = replies.stream().map(reply -> reply.data().path("id").asText())
                .collect(Collectors.toSet());
        assertThat(awarded).hasSize(writers * each);
        List<WebhookReceiver.Post> posts = awaitGrantsOf(awarded, Duration.ofSeconds(60));
        List<String> granted = posts.stream().filter(post -> post.event().equals("award.granted"))
                .map(post -> awardOf(post.body())).filter(awarded::contains).toList();
        assertThat(granted).as("every award delivered exactly once").hasSize(awarded.size())
                .containsExactlyInAnyOrderElementsOf(awarded);
        assertThat(posts.stream().map(WebhookReceiver.Post::delivery).distinct().count())
                .as("no delivery sent twice").isEqualTo(posts.size());
    }

    @Test
    @Order(2)
    void replays_of_one_key_through_both_instances_make_one_award() throws Exception {
        long template = publishedTemplate("Replayed", false);

        List<Reply> replies = race(8, writer -> {
            List<Reply> mine = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                mine.add(call((writer + i) % 2, "POST", "/v1/templates/" + template + "/awards", key,
                        Map.of("recipient", Map.of("email", "replayed@example.org")), "the-one-key"));
            }
            return mine;
        });

        assertThat(statuses(replies)).isEqualTo(Map.of(201, 80));
        assertThat(replies.stream().map(reply -> reply.data().path("id").asLong()).distinct()).hasSize(1);
        Reply listed = call(0, "GET", "/v1/achievements?role=awarded&q=Replayed", key,
                null, null);
        assertThat(listed.data()).as(listed.json().toString()).hasSize(1);
    }

    @Test
    @Order(3)
    void an_offer_accepted_through_both_instances_at_once_is_accepted_once() throws Exception {
        long template = publishedTemplate("Offered", true);
        String member = signedInMember("taker@example.org");
        long offer = call(0, "POST", "/v1/templates/" + template + "/awards", key,
                Map.of("recipient", Map.of("email", "taker@example.org")), "offer-1").data().path("id").asLong();

        List<Reply> replies = race(8, taker -> List.of(call(taker % 2, "POST", "/v1/offers/" + offer + "/acceptance",
                member, null, null)));

        Map<Integer, Integer> statuses = statuses(replies);
        assertThat(statuses.get(201)).as(statuses.toString()).isEqualTo(1);
        assertThat(statuses.keySet()).as(statuses.toString()).isSubsetOf(201, 409);
        assertThat(call(1, "GET", "/v1/offers/" + offer, key, null, null).data().path("status").asText())
                .isEqualTo("accepted");
    }

    @Test
    @Order(4)
    void failed_sign_ins_through_one_instance_slow_down_the_next_through_the_other() {
        String email = "guessed@example.org";
        signedInMember(email);

        for (int guess = 0; guess < 5; guess++) {
            Reply refused = call(guess % 2, "POST", "/v1/sessions", null, Map.of("email", email, "password",
                    "wrong guess " + guess), null);
            assertThat(refused.status()).as(refused.json().toString()).isEqualTo(401);
        }
        Reply throughFirst = call(0, "POST", "/v1/sessions", null, Map.of("email", email, "password", PASSWORD),
                null);
        Reply throughSecond = call(1, "POST", "/v1/sessions", null, Map.of("email", email, "password", PASSWORD),
                null);

        for (Reply throttled : List.of(throughFirst, throughSecond)) {
            assertThat(throttled.status()).as(throttled.json().toString()).isEqualTo(429);
            assertThat(throttled.json().path("code").asText()).isEqualTo("sign_in_throttled");
            assertThat(Integer.parseInt(throttled.retryAfter())).isPositive();
        }
    }

    @Test
    @Order(5)
    void a_flood_of_bad_keys_meets_each_instance_s_address_limit_while_a_good_key_keeps_working() {
        long start = System.nanoTime();
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            replies.add(call(i % 2, "GET", "/v1/issuers/" + issuer + "/api_keys", "made-up-key-" + i, null, null));
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        Map<Integer, Integer> statuses = statuses(replies);
        assertThat(statuses.keySet()).as(statuses.toString()).containsExactlyInAnyOrder(401, 429);
        assertThat(statuses.get(401)).as("at most each instance's burst plus its rate")
                .isLessThanOrEqualTo(2 * (ADDRESS_BURST + (int) Math.ceil(ADDRESS_RATE * seconds)));
        for (int server = 0; server < 2; server++) {
            int instance = server;
            assertThat(IntStream.range(0, replies.size()).filter(i -> i % 2 == instance)
                    .mapToObj(replies::get).anyMatch(reply -> reply.status() == 429)).isTrue();
            assertThat(call(server, "GET", "/v1/issuers/" + issuer + "/api_keys", key, null, null).status())
                    .isEqualTo(200);
        }
        replies.stream().filter(reply -> reply.status() == 429).forEach(limited -> {
            assertThat(limited.json().path("code").asText()).isEqualTo("rate_limited");
            assertThat(Integer.parseInt(limited.retryAfter())).isPositive();
        });
    }

    private static long publishedTemplate(String title, boolean acceptanceRequired) {
        Map<String, Object> content = new HashMap<>();
        content.put("title", title);
        content.put("repeatable", false);
        content.put("acceptance_required", acceptanceRequired);
        content.put("submit_for_review", true);
        long id = call(0, "POST", "/v1/issuers/" + issuer + "/templates", key, content, null).data().path("id")
                .asLong();
        Reply approved = call(1, "POST", "/v1/templates/" + id + "/approval", ADMIN, null, null);
        assertThat(approved.status()).as(approved.json().toString()).isEqualTo(200);
        return id;
    }

    private static String signedInMember(String email) {
        String password = PASSWORD;
        long id = call(0, "POST", "/v1/members", null, Map.of("email", email, "password", password, "name", "Taker"),
                null).data().at("/member/id").asLong();
        String token = call(1, "POST", "/v1/members/" + id + "/confirmation_token", ADMIN, null, null).data()
                .path("confirmation_token").asText();
        call(0, "POST", "/v1/members/confirmations", null, Map.of("token", token), null);
        return call(1, "POST", "/v1/sessions", null, Map.of("email", email, "password", password), null).data()
                .path("token").asText();
    }

    private static List<WebhookReceiver.Post> awaitGrantsOf(Set<String> awards, Duration wait)
            throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        List<WebhookReceiver.Post> posts = receiver.awaitEvents(List.of(), Duration.ZERO);
        while (System.nanoTime() < end && !posts.stream().map(post -> awardOf(post.body())).collect(
                Collectors.toSet()).containsAll(awards)) {
            Thread.sleep(200);
            posts = receiver.awaitEvents(List.of(), Duration.ZERO);
        }
        Thread.sleep(2_000);
        return receiver.awaitEvents(List.of(), Duration.ZERO);
    }

    private static String awardOf(String body) {
        try {
            return JSON.readTree(body).at("/data/award_id").asText();
        } catch (IOException malformed) {
            return "";
        }
    }

    private static List<Reply> race(int callers, Caller caller) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<List<Reply>>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                int index = i;
                futures.add(pool.submit((Callable<List<Reply>>) () -> caller.calls(index)));
            }
            List<Reply> replies = new ArrayList<>();
            for (Future<List<Reply>> future : futures) {
                replies.addAll(future.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Integer> statuses(List<Reply> replies) {
        Map<Integer, Integer> counts = new TreeMap<>();
        replies.forEach(reply -> counts.merge(reply.status(), 1, Integer::sum));
        return counts;
    }

    /**
     * One request, sent again as a client should when the store was too busy: a {@code 503 store_busy} with
     * {@code Retry-After} is retried after that wait, at most {@value #BUSY_RETRIES} times, and counted.
     */
    private static Reply call(int server, String method, String path, String token, Object body,
            String idempotencyKey) {
        Reply reply = send(server, method, path, token, body, idempotencyKey);
        for (int retry = 0; retry < BUSY_RETRIES && reply.status() == 503 && !reply.retryAfter().isEmpty();
                retry++) {
            BUSY.incrementAndGet();
            try {
                Thread.sleep(1_000L * Integer.parseInt(reply.retryAfter()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            reply = send(server, method, path, token, body, idempotencyKey);
        }
        return reply;
    }

    private static Reply send(int server, String method, String path, String token, Object body,
            String idempotencyKey) {
        try {
            URI uri = servers.get(server).base().resolve(path);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .header("Content-Type", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), JSON.readTree(response.body().isEmpty() ? "null"
                    : response.body()), response.headers().firstValue("Retry-After").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The calls one racer makes. */
    @FunctionalInterface
    private interface Caller {
        List<Reply> calls(int index) throws Exception;
    }

    /** A status, a JSON body and the Retry-After header, empty when there is none. */
    private record Reply(int status, JsonNode json, String retryAfter) {

        JsonNode data() {
            return json.path("data");
        }
    }
}
