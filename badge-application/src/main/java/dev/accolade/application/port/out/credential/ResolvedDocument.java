package dev.accolade.application.port.out.credential;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * What a URL answered when a verifier dereferenced it.
 *
 * @param status the HTTP status, such as 200, or 410 for a revoked hosted assertion
 * @param mediaType the media type it declared, possibly empty
 * @param body its bytes
 */
public record ResolvedDocument(int status, String mediaType, byte[] body) {

    /** Checks both parts are present and keeps a copy of the bytes. */
    public ResolvedDocument {
        requireNonNull(mediaType, "mediaType");
        body = requireNonNull(body, "body").clone();
    }

    /** The bytes, copied. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResolvedDocument that && status == that.status && mediaType.equals(that.mediaType)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return status * 31 + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "ResolvedDocument[" + status + ", " + mediaType + ", " + body.length + " bytes]";
    }
}
