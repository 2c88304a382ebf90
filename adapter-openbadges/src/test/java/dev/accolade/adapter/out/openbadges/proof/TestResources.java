package dev.accolade.adapter.out.openbadges.proof;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Vector files, JSON parsing and the test-only loader shared by the tests. */
final class TestResources {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static final String EXAMPLES_CONTEXT = "https://www.w3.org/ns/credentials/examples/v2";

    /** The production contexts plus the W3C examples context: for the W3C vector only, never in production. */
    static final BundledContexts WITH_EXAMPLES = BundledContexts.productionWith(Map.of(EXAMPLES_CONTEXT,
            "/dev/accolade/adapter/out/openbadges/test-contexts/credentials-examples-v2.jsonld"));

    private TestResources() {
    }

    /** A vector file, e.g. "w3c/canonDocDataInt.txt". */
    static String text(String vector) {
        String path = "/dev/accolade/adapter/out/openbadges/proof/vectors/" + vector;
        try (InputStream in = TestResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode json(String vector) {
        return parse(text(vector));
    }

    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Runs the call, requires a ProofException and gives it back. */
    static ProofException refusal(ThrowingCallable call) {
        ProofException refusal = catchThrowableOfType(ProofException.class, call);
        assertThat(refusal).as("a ProofException").isNotNull();
        return refusal;
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    static byte[] unhex(String hex) {
        return HexFormat.of().parseHex(hex.strip());
    }

    /** A small OB 3.0 credential that uses only the production contexts. */
    static ObjectNode openBadge() {
        return parse("""
                {"@context": ["https://www.w3.org/ns/credentials/v2",
                              "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                 "id": "urn:uuid:0b6e6a52-0000-4000-8000-000000000001",
                 "type": ["VerifiableCredential", "OpenBadgeCredential"],
                 "issuer": {"id": "https://issuer.example/profile", "type": ["Profile"], "name": "Issuer"},
                 "validFrom": "2024-01-01T00:00:00Z",
                 "name": "Badge",
                 "credentialSubject": {
                   "type": ["AchievementSubject"],
                   "identifier": [{"type": "IdentityObject", "hashed": true, "salt": "s",
                                   "identityHash": "sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399",
                                   "identityType": "emailAddress"}],
                   "achievement": {"id": "https://issuer.example/achievements/1", "type": ["Achievement"],
                                   "name": "A", "description": "d", "criteria": {"narrative": "n"},
                                   "image": {"id": "https://issuer.example/achievements/1.png", "type": "Image"}}},
                 "credentialStatus": {"id": "https://issuer.example/status/1#94567",
                                      "type": "BitstringStatusListEntry", "statusPurpose": "revocation",
                                      "statusListIndex": "94567",
                                      "statusListCredential": "https://issuer.example/status/1"}}
                """);
    }
}
