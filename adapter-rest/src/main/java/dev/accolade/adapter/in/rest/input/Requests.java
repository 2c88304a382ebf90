package dev.accolade.adapter.in.rest.input;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import java.util.List;

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

    /** The list, or a 400 {@code Missing required parameter: <name>} when it is absent. */
    public static <T> List<T> required(List<T> values, String name) {
        if (values == null) {
            throw RequestRejected.missingParameter(name);
        }
        return values;
    }
}
