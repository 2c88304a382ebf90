package dev.accolade.adapter.in.rest.request;

import dev.accolade.adapter.in.rest.error.RequestRejected;

/** Checks on the parameters of a request that the adapter makes before any use case runs. */
public final class Requests {

    private Requests() {
    }

    /** The value, or a 400 {@code Missing required parameter: <name>} when it is absent or blank. */
    public static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw RequestRejected.missingParameter(name);
        }
        return value;
    }
}
