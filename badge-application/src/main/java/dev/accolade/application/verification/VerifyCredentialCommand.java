package dev.accolade.application.verification;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * Verify a credential, whoever issued it.
 *
 * @param kind what is presented
 * @param content its bytes: an image, JSON, a compact VC-JWT, or a URL's text
 */
public record VerifyCredentialCommand(PresentedKind kind, byte[] content) {

    /** The largest presentation accepted: a baked image of up to 2 MiB. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** Checks both parts are present and keeps a copy of the bytes. */
    public VerifyCredentialCommand {
        requireNonNull(kind, "kind");
        content = requireNonNull(content, "content").clone();
    }

    /** The bytes, copied. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerifyCredentialCommand that && kind == that.kind
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "VerifyCredentialCommand[" + kind + ", " + content.length + " bytes]";
    }
}
