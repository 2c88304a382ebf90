package dev.accolade.adapter.out.openbadges.proof;

import com.apicatalog.jsonld.lang.LanguageTag;
import dev.accolade.adapter.out.openbadges.proof.ProofException.Reason;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Refuses an expanded JSON-LD document that JSON-LD → RDF would convert with losses or at quadratic cost.
 *
 * <p>The conversion drops, without any error, a node whose {@code @id} is relative, a relative {@code @type} value (an
 * undefined type name), a reference or a datatype that is not an absolute IRI, a bad language tag, {@code @direction}
 * and {@code @index}: whatever is dropped is not signed, so an attacker could change it. The predicates are at least as
 * strict as titanium's own ({@code URI.create(...).isAbsolute()}, {@code LanguageTag.isWellFormed}) and as
 * jsonld.js's (no whitespace).
 *
 * <p>Titanium's node map copies a subject's whole value array for every value it adds to it, so the values of one
 * property of one subject (merged over every node object with the same {@code @id}, reverse properties included) and
 * the items of one list are limited to {@value #MAX_VALUES_PER_PROPERTY}.
 */
final class ExpandedFormCheck {

    /** Far above any credential's needs; 1,000 values on one property already cost a third of a second. */
    static final int MAX_VALUES_PER_PROPERTY = 256;

    /** BCP 47 shape accepted by jsonld.js; combined with titanium's parser below. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");

    /** Values per "subject id \0 property" over the whole document, for subjects with an {@code @id}. */
    private final Map<String, Integer> valuesPerSubjectProperty = new HashMap<>();

    private ExpandedFormCheck() {
    }

    static void check(JsonArray expanded) {
        new ExpandedFormCheck().element(expanded);
    }

    private void element(JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue element : value.asJsonArray()) {
                element(element);
            }
        } else if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            object(value.asJsonObject());
        } else {
            throw new ProofException(Reason.NOT_CANONICALIZABLE, "unexpected value in the expanded form");
        }
    }

    private void object(JsonObject object) {
        if (object.containsKey("@value")) {
            valueObject(object);
        } else if (object.containsKey("@list")) {
            for (String key : object.keySet()) {
                if (!key.equals("@list")) {
                    throw refused(key);
                }
            }
            JsonArray items = asArray(object.get("@list"));
            limit(items.size());
            element(items);
        } else {
            nodeObject(object);
        }
    }

    private void nodeObject(JsonObject node) {
        String subject = node.containsKey("@id") ? asString(node.get("@id")) : null;
        for (Map.Entry<String, JsonValue> entry : node.entrySet()) {
            String key = entry.getKey();
            JsonValue value = entry.getValue();
            switch (key) {
                case "@id":
                    String id = asString(value);
                    if (!id.startsWith("_:") && !isAbsoluteIri(id)) {
                        throw new ProofException(Reason.RELATIVE_IRI, "an id is not an absolute IRI", id);
                    }
                    break;
                case "@type":
                    count(subject, "@type", asArray(value).size());
                    for (JsonValue type : asArray(value)) {
                        String name = asString(type);
                        if (!isAbsoluteIri(name)) {
                            throw new ProofException(Reason.UNDEFINED_TERM, "a type is not defined by the @context",
                                    name);
                        }
                    }
                    break;
                case "@graph":
                case "@included":
                    element(value);
                    break;
                case "@reverse":
                    reverse(asObject(value));
                    break;
                default:
                    if (key.startsWith("@")) {
                        throw refused(key);
                    }
                    count(subject, key, asArray(value).size());
                    property(key, value);
            }
        }
    }

    /** Each node under a reverse property gets that property, pointing back here: its values merge on that node. */
    private void reverse(JsonObject properties) {
        properties.forEach((iri, nodes) -> {
            property(iri, nodes);
            for (JsonValue node : asArray(nodes)) {
                JsonObject reversed = asObject(node);
                count(reversed.containsKey("@id") ? asString(reversed.get("@id")) : null, iri, 1);
            }
        });
    }

    private void property(String iri, JsonValue values) {
        if (!isAbsoluteIri(iri)) { // also refuses blank-node properties (generalized RDF)
            throw new ProofException(Reason.UNDEFINED_TERM, "a property is not defined by the @context", iri);
        }
        element(values);
    }

    private void count(String subject, String property, int values) {
        limit(subject == null ? values
                : valuesPerSubjectProperty.merge(subject + '\0' + property, values, Integer::sum));
    }

    private static void limit(int values) {
        if (values > MAX_VALUES_PER_PROPERTY) {
            throw new ProofException(Reason.LIMIT_EXCEEDED,
                    "more than " + MAX_VALUES_PER_PROPERTY + " values of one property of one node");
        }
    }

    private static void valueObject(JsonObject value) {
        for (Map.Entry<String, JsonValue> entry : value.entrySet()) {
            switch (entry.getKey()) {
                case "@value":
                    break;
                case "@type":
                    String datatype = asString(entry.getValue());
                    if (!datatype.equals("@json") && !isAbsoluteIri(datatype)) {
                        throw new ProofException(Reason.UNDEFINED_TERM, "a datatype is not an absolute IRI", datatype);
                    }
                    break;
                case "@language":
                    String tag = asString(entry.getValue());
                    if (!LANGUAGE.matcher(tag).matches() || !LanguageTag.isWellFormed(tag)) {
                        throw new ProofException(Reason.NOT_CANONICALIZABLE, "not a well-formed language tag", tag);
                    }
                    break;
                default: // @direction and @index are not carried into RDF: they would be unsigned
                    throw refused(entry.getKey());
            }
        }
    }

    /** An absolute IRI as titanium's toRdf accepts it, minus anything that needs escaping in N-Quads. */
    static boolean isAbsoluteIri(String iri) {
        if (iri.length() < 3) {
            return false;
        }
        try {
            return new URI(iri).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static ProofException refused(String keyword) {
        return new ProofException(Reason.NOT_CANONICALIZABLE, "keyword not carried into RDF, so not signed", keyword);
    }

    private static String asString(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new ProofException(Reason.NOT_CANONICALIZABLE, "unexpected value in the expanded form");
        }
        return ((JsonString) value).getString();
    }

    private static JsonArray asArray(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new ProofException(Reason.NOT_CANONICALIZABLE, "unexpected value in the expanded form");
        }
        return value.asJsonArray();
    }

    private static JsonObject asObject(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ProofException(Reason.NOT_CANONICALIZABLE, "unexpected value in the expanded form");
        }
        return value.asJsonObject();
    }
}
