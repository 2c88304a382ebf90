package dev.accolade.adapter.out.openbadges.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.InputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundledContextsTest {

    /** SHA-256 of each bundled file: a change to a context changes every signature, so it must be deliberate. */
    private static final Map<String, String> PINNED = Map.of(
            "credentials-v2.jsonld", "8a9f494a89ecc51db093e90e84713e07e84d6d9204364a9b3c7868b21751236f",
            "openbadges-v3p0-context-3.0.3.json", "ef2fa9c7846dce233cc166b43639027278be4ee44f00bb1d45c75de2dd0cd761",
            "vc-bitstring-status-list-v1.jsonld", "fd08cbf28ddd829ab2f1978c48f43ab07a112c1c90245a0cfac7ba721c65170c",
            "multikey-v1.jsonld", "c5f3806f8286920573221938917988a18a4cc5a09e968d29649613c7a1c2b1f6",
            "openbadges-v2.json", "3c0c25a0e581c64cbe632197377c4f334c6c0b95f0d90e3b74449781612b153d");

    private final BundledContexts production = BundledContexts.production();

    @Test
    void servesExactlyTheFiveProductionContexts() {
        assertThat(production.urls()).containsExactlyInAnyOrder(
                "https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                "https://www.w3.org/ns/credentials/status/v1",
                "https://w3id.org/security/multikey/v1",
                "https://w3id.org/openbadges/v2");
        assertThat(BundledContexts.production()).isSameAs(production);
    }

    @Test
    void bundledFilesAreThePinnedBytes() throws Exception {
        for (Map.Entry<String, String> file : PINNED.entrySet()) {
            try (InputStream in = getClass().getResourceAsStream("/dev/accolade/adapter/out/openbadges/contexts/"
                    + file.getKey())) {
                assertThat(in).as(file.getKey()).isNotNull();
                byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
                assertThat(HexFormat.of().formatHex(sha256)).as(file.getKey()).isEqualTo(file.getValue());
            }
        }
    }

    @Test
    void servesABundledContextUnderItsUrl() throws JsonLdError {
        URI url = URI.create("https://www.w3.org/ns/credentials/v2");

        Document document = production.loadDocument(url, new DocumentLoaderOptions());

        assertThat(document.getDocumentUrl()).isEqualTo(url);
        assertThat(document.getJsonContent()).get().asString().contains("VerifiableCredential");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://contexts.example.org/never-bundled.jsonld",
            "http://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/v2/",
            "https://www.w3.org/ns/credentials/examples/v2", "file:///etc/passwd"})
    void refusesEveryOtherUrlAtOnce(String url) {
        long start = System.nanoTime();
        Throwable refusal = catchThrowable(() -> production.loadDocument(URI.create(url), new DocumentLoaderOptions()));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));
        assertThat(refusal).isInstanceOfSatisfying(JsonLdError.class,
                e -> assertThat(e.getCode()).isEqualTo(JsonLdErrorCode.LOADING_DOCUMENT_FAILED));
        assertThat(refusal.getCause()).isInstanceOf(BundledContexts.NotBundled.class).hasMessage(url);
    }

    @Test
    void extraContextsAreAddedForTestsOnly() {
        assertThat(TestResources.WITH_EXAMPLES.urls()).contains(TestResources.EXAMPLES_CONTEXT)
                .containsAll(production.urls());
        assertThat(production.urls()).doesNotContain(TestResources.EXAMPLES_CONTEXT);
    }

    @Test
    void anExtraContextCannotReplaceABundledOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> BundledContexts.productionWith(Map.of(
                "https://www.w3.org/ns/credentials/v2", "/dev/accolade/adapter/out/openbadges/test-contexts/"
                        + "credentials-examples-v2.jsonld")));
    }

    @Test
    void anExtraResourceMustBeAnAbsoluteClasspathPath() {
        assertThatIllegalArgumentException().isThrownBy(() -> BundledContexts.productionWith(
                Map.of("https://example.org/relative", "test-contexts/credentials-examples-v2.jsonld")));
    }

    @Test
    void aMissingResourceFailsAtConstruction() {
        Throwable failure = catchThrowable(() -> BundledContexts.productionWith(
                Map.of("https://example.org/missing", "/no/such/resource.jsonld")));

        assertThat(failure).isInstanceOf(IllegalStateException.class).hasMessageContaining("/no/such/resource.jsonld");
    }
}
