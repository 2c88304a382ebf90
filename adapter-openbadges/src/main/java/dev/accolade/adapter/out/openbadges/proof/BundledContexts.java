package dev.accolade.adapter.out.openbadges.proof;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A JSON-LD document loader that serves only the contexts bundled as classpath resources, by exact URL. */
public final class BundledContexts implements DocumentLoader {

    private static final String DIR = "/dev/accolade/adapter/out/openbadges/contexts/";

    /** Context URL → classpath resource; byte copies of the published documents. */
    private static final Map<String, String> PRODUCTION = Map.of(
            "https://www.w3.org/ns/credentials/v2", DIR + "credentials-v2.jsonld",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", DIR + "openbadges-v3p0-context-3.0.3.json",
            "https://www.w3.org/ns/credentials/status/v1", DIR + "vc-bitstring-status-list-v1.jsonld",
            "https://w3id.org/security/multikey/v1", DIR + "multikey-v1.jsonld",
            "https://w3id.org/openbadges/v2", DIR + "openbadges-v2.json");

    private final Map<String, JsonStructure> contexts;

    private BundledContexts(Map<String, String> urlToResource) {
        Map<String, JsonStructure> parsed = new LinkedHashMap<>();
        urlToResource.forEach((url, resource) -> parsed.put(url, parse(resource)));
        this.contexts = Map.copyOf(parsed);
    }

    /** The production bundle (credentials v2, OB 3.0.3, status list v1, multikey v1, OB 2.0), parsed once. */
    public static BundledContexts production() {
        return Production.INSTANCE;
    }

    /** The production bundle plus extra (URL → classpath resource starting with '/') entries, e.g. for tests. */
    public static BundledContexts productionWith(Map<String, String> extraUrlToResource) {
        Map<String, String> all = new LinkedHashMap<>(PRODUCTION);
        extraUrlToResource.forEach((url, resource) -> {
            if (!resource.startsWith("/")) {
                throw new IllegalArgumentException("not an absolute classpath resource: " + resource);
            }
            if (all.putIfAbsent(url, resource) != null) {
                throw new IllegalArgumentException("context already bundled: " + url);
            }
        });
        return new BundledContexts(all);
    }

    /** The context URLs this loader serves. */
    public Set<String> urls() {
        return contexts.keySet();
    }

    /** Serves a bundled context by its exact URL; refuses every other URL without any I/O. */
    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        JsonStructure json = url == null ? null : contexts.get(url.toString());
        if (json == null) {
            String shown = url == null ? "null" : url.toString();
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "context is not bundled", new NotBundled(shown));
        }
        JsonDocument document = JsonDocument.of(MediaType.JSON_LD, json); // a fresh wrapper: its URL fields are mutable
        document.setDocumentUrl(url);
        return document;
    }

    private static JsonStructure parse(String resource) {
        try (InputStream in = BundledContexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return JsonDocument.of(MediaType.JSON_LD, in).getJsonContent()
                    .orElseThrow(() -> new IllegalStateException("empty context resource " + resource));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read context resource " + resource, e);
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot parse context resource " + resource, e);
        }
    }

    /** Marks a refusal by this loader inside titanium's error chain; carries the refused URL. */
    static final class NotBundled extends Exception {
        private static final long serialVersionUID = 1L;

        NotBundled(String url) {
            super(url, null, false, false);
        }

        String url() {
            return getMessage();
        }
    }

    private static final class Production {
        static final BundledContexts INSTANCE = new BundledContexts(PRODUCTION);
    }
}
