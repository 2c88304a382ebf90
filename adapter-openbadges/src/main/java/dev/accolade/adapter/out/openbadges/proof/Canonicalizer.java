package dev.accolade.adapter.out.openbadges.proof;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.processor.ExpansionProcessor;
import com.apicatalog.jsonld.processor.ToRdfProcessor;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.adapter.out.openbadges.proof.ProofException.Reason;
import jakarta.json.JsonArray;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Objects;

/** Strict JSON-LD → RDFC-1.0 canonical N-Quads, with bundled contexts only and a time limit. */
public final class Canonicalizer {

    /** The default time limit of one canonicalization; ordinary credentials take a few milliseconds. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(2);

    private final BundledContexts contexts;
    private final Duration timeLimit;

    /** A canonicalizer with the {@link #DEFAULT_TIME_LIMIT}. */
    public Canonicalizer(BundledContexts contexts) {
        this(contexts, DEFAULT_TIME_LIMIT);
    }

    /** A canonicalizer that gives up (reason {@code limit_exceeded}) after {@code timeLimit}. */
    public Canonicalizer(BundledContexts contexts, Duration timeLimit) {
        this.contexts = Objects.requireNonNull(contexts, "contexts");
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive");
        }
    }

    /** The RDFC-1.0 canonical N-Quads of a JSON-LD document, each line ending " .\n"; a {@link ProofException}. */
    public String canonicalize(ObjectNode jsonLd) {
        Objects.requireNonNull(jsonLd, "jsonLd");
        Deadline deadline = new Deadline(timeLimit);
        JsonArray expanded = expand(jsonLd, deadline);
        ExpandedFormCheck.check(expanded);
        return toCanonicalNQuads(expanded, deadline);
    }

    private JsonArray expand(ObjectNode jsonLd, Deadline deadline) {
        JsonLdOptions options = new JsonLdOptions(contexts); // never new JsonLdOptions(): its default loader uses HTTP
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        options.setContextCache(null); // contexts come pre-parsed from the loader; no state shared between calls
        options.setTimeout(deadline.remaining());
        try {
            return ExpansionProcessor.expand(JsonDocument.of(JakartaJson.toJakarta(jsonLd)), options, false);
        } catch (JsonLdError e) {
            throw translate(e);
        } catch (ProofException e) {
            throw e;
        } catch (RuntimeException e) { // titanium failing on odd input must not escape as its own type
            throw new ProofException(Reason.NOT_CANONICALIZABLE, "JSON-LD expansion failed");
        }
    }

    private static String toCanonicalNQuads(JsonArray expanded, Deadline deadline) {
        JsonLdOptions options = new JsonLdOptions((url, loaderOptions) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no loading after expansion");
        });
        options.setProduceGeneralizedRdf(false);
        RdfCanon canon = RdfCanon.create("SHA-256", deadline);
        try {
            ToRdfProcessor.toRdf(canon, expanded, options);
            StringWriter out = new StringWriter();
            canon.provide(new NQuadsWriter(out));
            return out.toString();
        } catch (Deadline.Exceeded e) {
            throw new ProofException(Reason.LIMIT_EXCEEDED, "canonicalization took longer than the time limit");
        } catch (JsonLdError | RdfConsumerException | RuntimeException e) {
            throw new ProofException(Reason.NOT_CANONICALIZABLE, "RDF canonicalization failed");
        }
    }

    private static ProofException translate(JsonLdError error) {
        JsonLdError innermost = error;
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BundledContexts.NotBundled) {
                return new ProofException(Reason.CONTEXT_REFUSED, "context is not bundled",
                        ((BundledContexts.NotBundled) cause).url());
            }
            if (cause instanceof JsonLdError) {
                innermost = (JsonLdError) cause;
            }
        }
        switch (innermost.getCode()) {
            case LOADING_DOCUMENT_FAILED:
            case LOADING_REMOTE_CONTEXT_FAILED:
                return new ProofException(Reason.CONTEXT_REFUSED, "context cannot be loaded");
            case UNDEFINED_TERM:
                return new ProofException(Reason.UNDEFINED_TERM, "a key is not defined by the @context",
                        bracketed(innermost.getMessage()));
            case PROCESSING_TIMEOUT_EXCEEDED:
                return new ProofException(Reason.LIMIT_EXCEEDED, "JSON-LD expansion took longer than the time limit");
            default:
                return new ProofException(Reason.NOT_CANONICALIZABLE, "invalid JSON-LD: " + innermost.getCode().name());
        }
    }

    /** The term titanium names in "[...]" in its message, if any; only for the human-readable message. */
    private static String bracketed(String message) {
        int open = message == null ? -1 : message.indexOf('[');
        int close = open < 0 ? -1 : message.indexOf(']', open);
        return close > open + 1 ? message.substring(open + 1, close) : null;
    }
}
