package dev.accolade.adapter.out.http;

import java.net.URI;
import java.util.Optional;

/**
 * A URL that passed the guard's form checks: its scheme, its normalised host, the port and what to
 * ask for; the host's addresses are checked separately, when they are resolved.
 *
 * @param uri the URL, in ASCII
 * @param https whether the scheme is https
 * @param host the host in lower case without a trailing dot; an IPv6 literal without brackets
 * @param port the port, the scheme's default when the URL names none
 * @param literal the address when the host is an IP literal, in any spelling; empty for a name
 */
public record FetchTarget(URI uri, boolean https, String host, int port, Optional<IpAddress> literal) {

    /** The value of the Host header: the host, bracketed when IPv6, with the port when it is not the default. */
    public String hostHeader() {
        String name = literal.map(address -> address.isIpv4() ? address.toString() : "[" + host + "]").orElse(host);
        return port == defaultPort() ? name : name + ":" + port;
    }

    /** The path and query to request, {@code /} when the URL has no path. */
    public String requestTarget() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /** The scheme, host and port, to name the target in messages and logs without path or query. */
    public String origin() {
        return (https ? "https://" : "http://") + hostHeader();
    }

    private int defaultPort() {
        return https ? 443 : 80;
    }
}
