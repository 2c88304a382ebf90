package dev.accolade.domain.identity;

import dev.accolade.domain.common.Check;

/**
 * A recipient named by a handle in another system, such as a Minecraft player on one server. The
 * handle is trimmed and otherwise kept as given, at most 128 characters on one line.
 *
 * @param namespace where the handle is unique
 * @param handle the handle
 */
public record ExternalIdentity(Namespace namespace, String handle) implements Identity {

    /** The longest handle accepted. */
    public static final int MAX_HANDLE_LENGTH = 128;

    /** Normalises and checks the handle. */
    public ExternalIdentity {
        Check.required(namespace, "namespace");
        handle = Check.line(handle, "handle", MAX_HANDLE_LENGTH);
    }

    @Override
    public String key() {
        return "handle:" + namespace.value() + "/" + handle;
    }
}
