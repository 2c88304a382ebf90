package dev.accolade.adapter.out.openbadges.proof;

import java.util.Objects;

/** The one exception of this package: a stable {@link Reason} and a short message that is safe to log or return. */
public final class ProofException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_DETAIL = 100;

    /** Why an operation was refused; {@link #code()} is stable and meant for logs, metrics and API errors. */
    public enum Reason {
        /** The document names a JSON-LD context that is not bundled (nothing is ever fetched). */
        CONTEXT_REFUSED("context_refused"),
        /** A key or a {@code type}/datatype value is not defined by the document's contexts. */
        UNDEFINED_TERM("undefined_term"),
        /** An {@code id} or an IRI-valued property is not an absolute IRI (it would be dropped, so left unsigned). */
        RELATIVE_IRI("relative_iri"),
        /** Not valid JSON-LD, or a construct that RDF canonicalization would silently drop or cannot represent. */
        NOT_CANONICALIZABLE("not_canonicalizable"),
        /** A time or size limit was exceeded (e.g. RDF dataset poisoning, an oversized status list). */
        LIMIT_EXCEEDED("limit_exceeded"),
        /** The proof is missing, not an object, lacks a field, has a badly formed field or an unknown field. */
        MALFORMED_PROOF("malformed_proof"),
        /** The proof is well formed but not one this package handles (other type or cryptosuite, proof sets). */
        UNSUPPORTED_PROOF("unsupported_proof"),
        /** The proof's {@code proofPurpose} differs from the one the verifier expects. */
        PURPOSE_MISMATCH("purpose_mismatch"),
        /** The signature does not verify: the document, the proof or the key differ from what was signed. */
        SIGNATURE_INVALID("signature_invalid"),
        /** A key is not an Ed25519 key, or its encoding (bytes, multikey header, length) is wrong. */
        INVALID_KEY("invalid_key"),
        /** An {@code encodedList} is not 'u' + base64url(GZIP) of at least 131,072 bits. */
        MALFORMED_STATUS_LIST("malformed_status_list"),
        /** A status list index is negative or beyond the end of the list. */
        STATUS_INDEX_OUT_OF_RANGE("status_index_out_of_range");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** The stable snake_case code of this reason. */
        public String code() {
            return code;
        }
    }

    /** Why the operation was refused. */
    private final Reason reason;

    ProofException(Reason reason, String message) {
        super(reason.code() + ": " + message);
        this.reason = Objects.requireNonNull(reason);
    }

    ProofException(Reason reason, String message, String untrustedDetail) {
        this(reason, untrustedDetail == null ? message : message + " [" + sanitize(untrustedDetail) + "]");
    }

    /** Why the operation was refused. */
    public Reason reason() {
        return reason;
    }

    /** Printable ASCII only, at most {@value #MAX_DETAIL} characters: untrusted input never reaches a log raw. */
    static String sanitize(String detail) {
        StringBuilder out = new StringBuilder(Math.min(detail.length(), MAX_DETAIL + 3));
        for (int i = 0; i < detail.length() && out.length() < MAX_DETAIL; i++) {
            char c = detail.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        if (detail.length() > MAX_DETAIL) {
            out.append("...");
        }
        return out.toString();
    }
}
