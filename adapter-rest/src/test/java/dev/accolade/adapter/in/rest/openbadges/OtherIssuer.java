package dev.accolade.adapter.in.rest.openbadges;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.accolade.adapter.out.openbadges.proof.BitstringStatusList;
import dev.accolade.adapter.out.openbadges.proof.BundledContexts;
import dev.accolade.adapter.out.openbadges.proof.Canonicalizer;
import dev.accolade.adapter.out.openbadges.proof.Ed25519Keys;
import dev.accolade.adapter.out.openbadges.proof.EddsaRdfc2022;
import dev.accolade.adapter.out.openbadges.proof.Multikey;
import dev.accolade.adapter.out.openbadges.proof.ProofOptions;
import dev.accolade.domain.credential.RecipientHash;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An issuer that is not Accolade, on a web server of its own on 127.0.0.1: documents written by hand as
 * the specifications show them, under a URL layout of its own, signed with keys made at test time (Ed25519
 * for Data Integrity proofs, RSA for VC-JWTs). It hosts Open Badges 2.0 assertions, publishes a
 * controller document, a JWK and a signed status list, and can revoke and take documents down.
 */
final class OtherIssuer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final EddsaRdfc2022 DATA_INTEGRITY = new EddsaRdfc2022(
            new Canonicalizer(BundledContexts.production()));
    private static final String OB2 = "https://w3id.org/openbadges/v2";
    private static final int INDEX = 7;

    private final HttpServer server;
    private final Map<String, Answer> documents = new ConcurrentHashMap<>();
    private final KeyPair ed25519 = Ed25519Keys.generate();
    private final KeyPair rsa;
    private final BitSet revoked = new BitSet();
    private final Instant issued = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);

    /** What the server answers at a path. */
    private record Answer(int status, byte[] body) {
    }

    private OtherIssuer() throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        rsa = generator.generateKeyPair();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        publish();
    }

    /** The issuer's server, started on a free port, with its profiles, keys and status list published. */
    static OtherIssuer start() {
        try {
            return new OtherIssuer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the issuer's server answers. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Hosts an Open Badges 2.0 assertion of its badge under this name and returns its URL. */
    String hostAssertion(String name, Optional<Instant> expires) {
        String url = base() + "/ob2/assertions/" + name;
        put(url, 200, """
                {"@context": "%s", "type": "Assertion", "id": "%s",
                 "recipient": {"type": "email", "hashed": true, "salt": "pepper", "identity": "%s"},
                 "badge": "%s/ob2/badges/sourdough", "verification": {"type": "hosted"},
                 "issuedOn": "%s"%s}""".formatted(OB2, url, RecipientHash.of("ada@example.org", "pepper"), base(),
                issued, expires.map(at -> ", \"expires\": \"" + at + "\"").orElse("")));
        return url;
    }

    /** The assertion as its URL serves it. */
    String hosted(String url) {
        return new String(documents.get(url.substring(base().length())).body(), StandardCharsets.UTF_8);
    }

    /** Answers 410 Gone with the revocation at the assertion's URL. */
    void revokeAssertion(String url) {
        put(url, 410, "{\"@context\": \"" + OB2 + "\", \"id\": \"" + url + "\", \"revoked\": true,"
                + " \"revocationReason\": \"Baked by someone else.\"}");
    }

    /** Its Open Badges 3.0 credential, signed eddsa-rdfc-2022 by its Ed25519 key; also served at its id. */
    String credential() {
        ObjectNode signed = DATA_INTEGRITY.sign(unsignedCredential(),
                ProofOptions.assertionMethod(base() + "/issuer#key-1", issued), ed25519.getPrivate());
        put(signed.path("id").asText(), 200, signed.toString());
        return signed.toString();
    }

    /** The same credential as a VC-JWT signed RS256 by its RSA key, whose JWK lies under its profile. */
    String jwt() {
        ObjectNode payload = unsignedCredential();
        payload.put("iss", base() + "/issuer").put("jti", payload.path("id").asText())
                .put("nbf", issued.getEpochSecond()).put("sub", payload.at("/credentialSubject/id").asText());
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + base() + "/issuer/jwks/rsa-1\"}";
        String input = part(header) + "." + part(payload.toString());
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(rsa.getPrivate());
            signer.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + BASE64URL.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the credential's bit in the status list and publishes the list, signed again. */
    void revokeCredential() {
        revoked.set(INDEX);
        publishList();
    }

    /** Stops serving what was at this path, which then answers 404. */
    void takeDown(String path) {
        documents.remove(path);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private ObjectNode unsignedCredential() {
        return object("""
                {"@context": ["https://www.w3.org/ns/credentials/v2",
                              "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                 "id": "%1$s/credentials/%3$d", "type": ["VerifiableCredential", "OpenBadgeCredential"],
                 "name": "Sourdough Baker",
                 "issuer": {"id": "%1$s/issuer", "type": ["Profile"], "name": "Guild of Bakers"},
                 "validFrom": "%2$s",
                 "credentialSubject": {"id": "urn:uuid:0b7e2c1a-7c55-4b2e-9d0e-3f1c2a4b5d6e",
                   "type": ["AchievementSubject"],
                   "achievement": {"id": "%1$s/achievements/sourdough", "type": ["Achievement"],
                     "name": "Sourdough Baker", "description": "Bakes a sourdough loaf.",
                     "criteria": {"narrative": "Three loaves the guild approves."}}},
                 "credentialStatus": {"id": "%1$s/credentials/%3$d#status", "type": "BitstringStatusListEntry",
                   "statusPurpose": "revocation", "statusListIndex": "%3$d",
                   "statusListCredential": "%1$s/status/revocation"}}""".formatted(base(), issued, INDEX));
    }

    private void publish() {
        RSAPublicKey rsaPublic = (RSAPublicKey) rsa.getPublic();
        put(base() + "/issuer", 200, """
                {"@context": ["https://www.w3.org/ns/credentials/v2",
                              "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                              "https://w3id.org/security/multikey/v1"],
                 "id": "%1$s/issuer", "type": ["Profile"], "name": "Guild of Bakers", "url": "https://guild.example",
                 "verificationMethod": [{"id": "%1$s/issuer#key-1", "type": "Multikey",
                   "controller": "%1$s/issuer", "publicKeyMultibase": "%2$s"}],
                 "assertionMethod": ["%1$s/issuer#key-1"]}""".formatted(base(),
                Multikey.encode(ed25519.getPublic())));
        put(base() + "/issuer/jwks/rsa-1", 200, "{\"kty\":\"RSA\",\"n\":\"" + unsigned(rsaPublic.getModulus())
                + "\",\"e\":\"" + unsigned(rsaPublic.getPublicExponent()) + "\"}");
        put(base() + "/ob2/issuer", 200, """
                {"@context": "%s", "type": "Issuer", "id": "%s/ob2/issuer", "name": "Guild of Bakers",
                 "url": "https://guild.example", "email": "badges@guild.example"}""".formatted(OB2, base()));
        put(base() + "/ob2/badges/sourdough", 200, """
                {"@context": "%1$s", "type": "BadgeClass", "id": "%2$s/ob2/badges/sourdough",
                 "name": "Sourdough Baker", "description": "Bakes a sourdough loaf.",
                 "image": "%2$s/ob2/badges/sourdough.png", "criteria": {"narrative": "Three loaves."},
                 "issuer": "%2$s/ob2/issuer"}""".formatted(OB2, base()));
        publishList();
    }

    private void publishList() {
        ObjectNode list = object("""
                {"@context": ["https://www.w3.org/ns/credentials/v2"], "id": "%1$s/status/revocation",
                 "type": ["VerifiableCredential", "BitstringStatusListCredential"], "issuer": "%1$s/issuer",
                 "validFrom": "%2$s",
                 "credentialSubject": {"id": "%1$s/status/revocation#list", "type": "BitstringStatusList",
                   "statusPurpose": "revocation", "encodedList": "%3$s"}}""".formatted(base(), issued,
                BitstringStatusList.of(revoked, BitstringStatusList.MIN_LENGTH).encode()));
        put(base() + "/status/revocation", 200, DATA_INTEGRITY.sign(list,
                ProofOptions.assertionMethod(base() + "/issuer#key-1", issued), ed25519.getPrivate()).toString());
    }

    private void put(String url, int status, String body) {
        documents.put(url.substring(base().length()), new Answer(status, body.getBytes(StandardCharsets.UTF_8)));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Answer answer = documents.get(exchange.getRequestURI().getPath());
            if (answer == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(answer.status(), answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
    }

    private static ObjectNode object(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return BASE64URL.encodeToString(bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes);
    }

    private static String part(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
