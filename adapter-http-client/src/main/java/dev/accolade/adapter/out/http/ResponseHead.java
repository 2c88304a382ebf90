package dev.accolade.adapter.out.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The status and headers of an HTTP/1.1 response.
 *
 * @param status the status code
 * @param headers the header values by lower-case name, in the order received
 */
record ResponseHead(int status, Map<String, List<String>> headers) {

    /** Keeps a copy of the headers. */
    ResponseHead {
        headers = Map.copyOf(headers);
    }

    /** The values of a header, none when absent. */
    List<String> all(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** The single value of a header; empty when absent. */
    Optional<String> first(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Whether the status asks the client to fetch another URL. */
    boolean isRedirect() {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }
}
