package dev.accolade.adapter.out.openbadges.proof;

import static dev.accolade.adapter.out.openbadges.proof.TestResources.json;
import static dev.accolade.adapter.out.openbadges.proof.TestResources.openBadge;
import static dev.accolade.adapter.out.openbadges.proof.TestResources.parse;
import static dev.accolade.adapter.out.openbadges.proof.TestResources.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.adapter.out.openbadges.proof.ProofException.Reason;
import java.time.Duration;
import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CanonicalizerTest {

    private final Canonicalizer production = new Canonicalizer(BundledContexts.production());

    @Test
    void reproducesTheW3cCanonicalDocument() {
        Canonicalizer withExamples = new Canonicalizer(TestResources.WITH_EXAMPLES);

        assertThat(withExamples.canonicalize(json("w3c/unsigned.json"))).isEqualTo(TestResources.text("w3c/canonDocDataInt.txt"));
    }

    @Test
    void reproducesTheOpenBadgesCanonicalDocumentWithProductionContextsOnly() {
        assertThat(production.canonicalize(json("ob3/unsigned.json"))).isEqualTo(TestResources.text("ob3/document-canon.txt"));
    }

    @Test
    void leavesTheInputUnchanged() {
        ObjectNode credential = openBadge();
        ObjectNode before = credential.deepCopy();

        production.canonicalize(credential);

        assertThat(credential).isEqualTo(before);
    }

    @Test
    void refusesAContextThatIsNotBundledWithoutTryingToFetchIt() {
        ObjectNode credential = openBadge();
        ((ArrayNode) credential.get("@context")).add("https://contexts.example.org/never-bundled.jsonld");

        long start = System.nanoTime();
        ProofException refusal = refusal(() -> production.canonicalize(credential));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(refusal.reason()).isEqualTo(Reason.CONTEXT_REFUSED);
        assertThat(refusal.getMessage()).contains("https://contexts.example.org/never-bundled.jsonld");
        assertThat(refusal.getCause()).isNull();
    }

    @Test
    void refusesTheExamplesContextInProduction() {
        assertThat(refusal(() -> production.canonicalize(json("w3c/unsigned.json"))).reason())
                .isEqualTo(Reason.CONTEXT_REFUSED);
    }

    @Test
    void refusesAnOlderOpenBadgesContextAndAnHttpSpellingOfABundledOne() {
        ObjectNode older = openBadge();
        ((ArrayNode) older.get("@context")).set(1, "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json");
        ObjectNode http = openBadge();
        ((ArrayNode) http.get("@context")).set(0, "http://www.w3.org/ns/credentials/v2");

        assertThat(refusal(() -> production.canonicalize(older)).reason()).isEqualTo(Reason.CONTEXT_REFUSED);
        assertThat(refusal(() -> production.canonicalize(http)).reason()).isEqualTo(Reason.CONTEXT_REFUSED);
    }

    @Test
    void refusesAKeyThatNoContextDefines() {
        ObjectNode credential = openBadge();
        credential.put("notInAnyContext", "would be silently unsigned");

        ProofException refusal = refusal(() -> production.canonicalize(credential));

        assertThat(refusal.reason()).isEqualTo(Reason.UNDEFINED_TERM);
        assertThat(refusal.getMessage()).contains("notInAnyContext");
    }

    @Test
    void refusesATypeValueThatNoContextDefines() {
        ObjectNode credential = openBadge();
        ((ArrayNode) credential.get("type")).add("MadeUpType");

        ProofException refusal = refusal(() -> production.canonicalize(credential));

        assertThat(refusal.reason()).isEqualTo(Reason.UNDEFINED_TERM);
        assertThat(refusal.getMessage()).contains("MadeUpType");
    }

    @Test
    void refusesANestedTypeValueThatNoContextDefines() {
        ObjectNode credential = openBadge();
        ((ObjectNode) credential.at("/credentialSubject/achievement")).put("type", "Achievment");

        assertThat(refusal(() -> production.canonicalize(credential)).reason()).isEqualTo(Reason.UNDEFINED_TERM);
    }

    @Test
    void refusesARelativeId() {
        ObjectNode credential = openBadge();
        credential.put("id", "credentials/123");

        ProofException refusal = refusal(() -> production.canonicalize(credential));

        assertThat(refusal.reason()).isEqualTo(Reason.RELATIVE_IRI);
        assertThat(refusal.getMessage()).contains("credentials/123");
    }

    @Test
    void refusesARelativeReference() {
        ObjectNode credential = openBadge();
        credential.put("issuer", "issuers/1");
        ObjectNode achievement = openBadge();
        ((ObjectNode) achievement.at("/credentialSubject/achievement")).put("id", "achievements/1");

        assertThat(refusal(() -> production.canonicalize(credential)).reason()).isEqualTo(Reason.RELATIVE_IRI);
        assertThat(refusal(() -> production.canonicalize(achievement)).reason()).isEqualTo(Reason.RELATIVE_IRI);
    }

    @Test
    void refusesAKeyThatLooksLikeAKeyword() {
        ObjectNode credential = openBadge();
        credential.put("@comment", "ignored by JSON-LD");

        assertThat(refusal(() -> production.canonicalize(credential)).reason()).isEqualTo(Reason.NOT_CANONICALIZABLE);
    }

    @Test
    void refusesATermThatALocalContextMapsToNull() {
        ObjectNode credential = parse("""
                {"@context": ["https://www.w3.org/ns/credentials/v2", {"comment": null}],
                 "id": "urn:uuid:1", "type": "VerifiableCredential", "issuer": "https://issuer.example/",
                 "validFrom": "2024-01-01T00:00:00Z", "credentialSubject": {"id": "did:example:1"},
                 "comment": "dropped by expansion"}
                """);

        assertThat(refusal(() -> production.canonicalize(credential)).reason()).isEqualTo(Reason.UNDEFINED_TERM);
    }

    @Test
    void refusesDirectionIndexAndBadLanguageTagsThatRdfWouldDrop() {
        ObjectNode direction = openBadge();
        direction.set("name", parse("{\"@value\": \"Badge\", \"@language\": \"en\", \"@direction\": \"rtl\"}"));
        ObjectNode index = openBadge();
        index.set("name", parse("{\"@value\": \"Badge\", \"@index\": \"unsigned\"}"));
        ObjectNode language = openBadge();
        language.set("name", parse("{\"@value\": \"Badge\", \"@language\": \"not a tag\"}"));

        assertThat(refusal(() -> production.canonicalize(direction)).reason()).isEqualTo(Reason.NOT_CANONICALIZABLE);
        assertThat(refusal(() -> production.canonicalize(index)).reason()).isEqualTo(Reason.NOT_CANONICALIZABLE);
        assertThat(refusal(() -> production.canonicalize(language)).reason()).isEqualTo(Reason.NOT_CANONICALIZABLE);
    }

    @Test
    void keepsAWellFormedLanguageTagInLowerCaseAsJsonLdProcessorsDo() {
        ObjectNode credential = openBadge();
        credential.set("name", parse("{\"@value\": \"Abzeichen\", \"@language\": \"de-CH\"}"));

        assertThat(production.canonicalize(credential)).contains("<https://schema.org/name> \"Abzeichen\"@de-ch .");
    }

    @Test
    void refusesARedefinitionOfAProtectedTerm() {
        ObjectNode credential = openBadge();
        ((ArrayNode) credential.get("@context")).addObject().put("name", "https://evil.example/name");

        assertThat(refusal(() -> production.canonicalize(credential)).reason()).isEqualTo(Reason.NOT_CANONICALIZABLE);
    }

    @Test
    void refusesTheStatusContextNextToCredentialsV2() {
        ObjectNode credential = openBadge();
        ((ArrayNode) credential.get("@context")).add("https://www.w3.org/ns/credentials/status/v1");

        assertThat(refusal(() -> production.canonicalize(credential)).reason()).isEqualTo(Reason.NOT_CANONICALIZABLE);
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        ObjectNode credential = openBadge();
        ObjectNode node = (ObjectNode) credential.get("credentialSubject");
        for (int i = 0; i < 200; i++) {
            node = node.putObject("achievement");
        }

        assertThat(refusal(() -> production.canonicalize(credential)).reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    }

    @Test
    void refusesMoreJsonValuesThanTheLimit() {
        ObjectNode credential = openBadge();
        ArrayNode names = ((ObjectNode) credential.at("/credentialSubject/achievement")).putArray("tag");
        for (int i = 0; i < JakartaJson.MAX_VALUES; i++) {
            names.add("t" + i);
        }

        assertThat(refusal(() -> production.canonicalize(credential)).reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    }

    @Test
    void acceptsTheLimitOfValuesOfOneProperty() {
        ObjectNode credential = openBadge();
        ArrayNode tags = ((ObjectNode) credential.at("/credentialSubject/achievement")).putArray("tag");
        for (int i = 0; i < ExpandedFormCheck.MAX_VALUES_PER_PROPERTY; i++) {
            tags.add("t" + i);
        }

        assertThat(production.canonicalize(credential)).contains("\"t255\"");
    }

    @Test
    void refusesMoreValuesOfOnePropertyThanTheLimit() {
        ObjectNode credential = openBadge();
        ArrayNode tags = ((ObjectNode) credential.at("/credentialSubject/achievement")).putArray("tag");
        for (int i = 0; i <= ExpandedFormCheck.MAX_VALUES_PER_PROPERTY; i++) {
            tags.add("t" + i);
        }

        assertThat(refusal(() -> production.canonicalize(credential)).reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    }

    @Test
    void countsTheValuesOfNodesWithTheSameIdTogether() {
        ObjectNode document = TestResources.MAPPER.createObjectNode();
        ArrayNode graph = document.putArray("@graph");
        for (int copy = 0; copy < 2; copy++) {
            ArrayNode values = graph.addObject().put("@id", "urn:example:same").putArray("https://example.org/v");
            for (int i = 0; i < 200; i++) {
                values.add(copy + "-" + i);
            }
        }

        assertThat(refusal(() -> production.canonicalize(document)).reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    }

    @Test
    void countsReversePropertiesOnTheNodeTheyPointTo() {
        ObjectNode document = TestResources.MAPPER.createObjectNode();
        ArrayNode graph = document.putArray("@graph");
        for (int i = 0; i <= ExpandedFormCheck.MAX_VALUES_PER_PROPERTY; i++) {
            graph.addObject().put("@id", "urn:example:" + i).putObject("@reverse")
                    .putObject("https://example.org/points").put("@id", "urn:example:target");
        }

        assertThat(refusal(() -> production.canonicalize(document)).reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void givesUpOnABlankNodeGraphThatPoisonsRdfc() {
        Canonicalizer impatient = new Canonicalizer(BundledContexts.production(), Duration.ofMillis(300));
        ObjectNode poison = poisonedGraph(12);

        long start = System.nanoTime();
        ProofException refusal = refusal(() -> impatient.canonicalize(poison));

        assertThat(refusal.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void escapesLiteralsAsRdfc10Requires() {
        ObjectNode credential = openBadge();
        credential.put("name", "\b\t\n\u000b\f\r\"\\\u007fé");

        assertThat(production.canonicalize(credential))
                .contains("<https://schema.org/name> \"\\b\\t\\n\\u000B\\f\\r\\\"\\\\\\u007Fé\" .\n");
    }

    @Test
    void writesIntegralNumbersAsIntegersWhateverTheirJsonSpelling() {
        ObjectNode whole = openBadge();
        ((ObjectNode) whole.at("/credentialSubject/achievement")).put("creditsAvailable", 3);
        ObjectNode decimal = openBadge();
        ((ObjectNode) decimal.at("/credentialSubject/achievement")).put("creditsAvailable", 3.0);

        assertThat(production.canonicalize(decimal)).isEqualTo(production.canonicalize(whole))
                // the OB context's datatype is https://...#float (sic), so JSON-LD treats the number as an integer
                .contains("\"3\"^^<https://www.w3.org/2001/XMLSchema#float>");
    }

    @Test
    void canonicalizesAStatusListCredentialWithCredentialsV2Alone() {
        BitSet revoked = new BitSet();
        revoked.set(94567);
        ObjectNode list = parse("""
                {"@context": ["https://www.w3.org/ns/credentials/v2"],
                 "id": "https://issuer.example/status/1",
                 "type": ["VerifiableCredential", "BitstringStatusListCredential"],
                 "issuer": "https://issuer.example/profile", "validFrom": "2024-01-01T00:00:00Z",
                 "credentialSubject": {"id": "https://issuer.example/status/1#list", "type": "BitstringStatusList",
                                       "statusPurpose": "revocation"}}
                """);
        ((ObjectNode) list.get("credentialSubject"))
                .put("encodedList", BitstringStatusList.of(revoked, BitstringStatusList.MIN_LENGTH).encode());

        assertThat(production.canonicalize(list))
                .contains("<https://www.w3.org/ns/credentials/status#encodedList> \"uH4sI");
    }

    /** n blank nodes, each linked to every other: RDFC-1.0's n-degree hashing explores their permutations. */
    private static ObjectNode poisonedGraph(int n) {
        ObjectNode document = TestResources.MAPPER.createObjectNode();
        ArrayNode graph = document.putArray("@graph");
        for (int i = 0; i < n; i++) {
            ObjectNode node = graph.addObject().put("@id", "_:b" + i);
            ArrayNode links = node.putArray("https://example.org/linked");
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    links.addObject().put("@id", "_:b" + j);
                }
            }
        }
        return document;
    }
}
