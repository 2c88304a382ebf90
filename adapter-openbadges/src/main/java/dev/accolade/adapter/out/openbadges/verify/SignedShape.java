package dev.accolade.adapter.out.openbadges.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.out.openbadges.proof.BundledContexts;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * What a signed JSON-LD document must look like before its JSON is read: a proof holds over the RDF,
 * not the JSON, so a document could rename a property (a full IRI as a key, an alias in an inline
 * context) without breaking its proof and hide its status or expiry from whoever reads the JSON. Only
 * the bundled contexts, by URL, credentials v2 first; no key that is an IRI or a keyword besides
 * {@code @context}; and the expected type.
 */
final class SignedShape {

    private static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
    private static final Set<String> BUNDLED = BundledContexts.production().urls();

    private SignedShape() {
    }

    /** Whether the document has the shape whose JSON says what its proof signed, and is of this type. */
    static boolean holds(JsonNode document, String... anyOfTypes) {
        return contextsAreBundled(document.path("@context")) && keysArePlainTerms(document, true)
                && ofType(document, anyOfTypes);
    }

    private static boolean contextsAreBundled(JsonNode contexts) {
        if (!contexts.isArray() || contexts.isEmpty() || !CREDENTIALS_V2.equals(contexts.get(0).asText(null))) {
            return false;
        }
        for (JsonNode context : contexts) {
            if (!context.isTextual() || !BUNDLED.contains(context.asText())) {
                return false;
            }
        }
        return true;
    }

    private static boolean keysArePlainTerms(JsonNode node, boolean top) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (!keysArePlainTerms(item, false)) {
                    return false;
                }
            }
            return true;
        }
        if (!node.isObject()) {
            return true;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (top && name.equals("@context")) {
                continue;
            }
            if (name.startsWith("@") || name.contains(":") || !keysArePlainTerms(field.getValue(), false)) {
                return false;
            }
        }
        return true;
    }

    private static boolean ofType(JsonNode document, String... anyOfTypes) {
        for (String type : anyOfTypes) {
            if (Fetched.holds(document, "type", type)) {
                return true;
            }
        }
        return false;
    }
}
