package dev.accolade.adapter.out.http;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an outbound request may go to a URL, before any connection is opened: only http and
 * https, no credentials in the URL, a host this class parses itself (IPv4 in every spelling browsers
 * accept, IPv6 literals, names), no cloud metadata names, and addresses the {@link AddressPolicy}
 * permits. A name is resolved once, here; the caller connects to the addresses returned, never to
 * the name, so that the address that was checked is the one reached.
 */
public final class UrlGuard {

    private static final Set<String> METADATA_NAMES = Set.of("metadata.google.internal", "metadata.goog");
    private static final int MAX_NAME_LENGTH = 253;
    private static final int MAX_LABEL_LENGTH = 63;

    private final AddressPolicy policy;
    private final HostResolver resolver;

    /** A guard applying the policy to literal addresses and to what the resolver says names stand for. */
    public UrlGuard(AddressPolicy policy, HostResolver resolver) {
        this.policy = requireNonNull(policy, "policy");
        this.resolver = requireNonNull(resolver, "resolver");
    }

    /**
     * The URL's target and the checked addresses to connect to; a {@code DomainException} with a {@code
     * url_…} code when the URL may not be requested.
     */
    public CheckedTarget check(String url) {
        FetchTarget target = parse(url);
        return new CheckedTarget(target, addresses(target));
    }

    /** The URL's target, its form checked and a literal address checked against the policy; nothing resolved. */
    public FetchTarget parse(String url) {
        URI uri;
        try {
            uri = new URI(requireNonNull(url, "url"));
            uri = new URI(uri.toASCIIString());
        } catch (URISyntaxException e) {
            throw FetchErrors.hostInvalid("The URL is not valid.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw FetchErrors.schemeRefused("Only http and https URLs are fetched.");
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw FetchErrors.hostInvalid("The URL names no host.");
        }
        if (authority.indexOf('@') >= 0) {
            throw FetchErrors.hostInvalid("The URL must not carry a user name or password.");
        }
        boolean https = scheme.equals("https");
        int close = authority.startsWith("[") ? authority.indexOf(']') : -1;
        int colon = authority.indexOf(':', Math.max(close, 0));
        String rawHost = colon < 0 ? authority : authority.substring(0, colon);
        int port = colon < 0 ? (https ? 443 : 80) : port(authority.substring(colon + 1), https);
        FetchTarget target = host(uri, https, rawHost, port);
        target.literal().ifPresent(address -> requirePermitted(target.hostHeader(), address));
        return target;
    }

    /** The addresses to connect to: the literal, or every address the name resolves to, each permitted. */
    public List<IpAddress> addresses(FetchTarget target) {
        if (target.literal().isPresent()) {
            return List.of(target.literal().get());
        }
        List<InetAddress> resolved;
        try {
            resolved = resolver.resolve(target.host());
        } catch (UnknownHostException e) {
            throw FetchErrors.unreachable("The host " + target.host() + " cannot be resolved.");
        }
        if (resolved.isEmpty()) {
            throw FetchErrors.unreachable("The host " + target.host() + " cannot be resolved.");
        }
        List<IpAddress> addresses = new ArrayList<>();
        for (InetAddress inet : resolved) {
            IpAddress address = IpAddress.of(inet);
            requirePermitted(target.host() + " (" + address + ")", address);
            addresses.add(address);
        }
        return List.copyOf(addresses);
    }

    /**
     * The addresses to connect to, as {@link #addresses(FetchTarget)} gives them, waiting for a name's
     * lookup no longer than the deadline allows; the timeout refusal when it takes longer.
     */
    List<IpAddress> addresses(FetchTarget target, Deadline deadline) {
        if (target.literal().isPresent()) {
            return addresses(target);
        }
        return BoundedLookup.within(deadline, () -> addresses(target));
    }

    private void requirePermitted(String shown, IpAddress address) {
        Optional<String> refusal = policy.refusal(address);
        if (refusal.isPresent()) {
            throw FetchErrors.addressRefused(shown, refusal.get());
        }
    }

    private static FetchTarget host(URI uri, boolean https, String rawHost, int port) {
        if (rawHost.startsWith("[")) {
            if (!rawHost.endsWith("]")) {
                throw FetchErrors.hostInvalid("The URL's host is not valid.");
            }
            String literal = rawHost.substring(1, rawHost.length() - 1).toLowerCase(Locale.ROOT);
            IpAddress address = IpAddress.parseIpv6(literal)
                    .orElseThrow(() -> FetchErrors.hostInvalid("The URL's IPv6 address is not valid."));
            return new FetchTarget(uri, https, literal, port, Optional.of(address));
        }
        String host = rawHost.toLowerCase(Locale.ROOT);
        if (host.isEmpty() || !host.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '.' || c == '-' || c == '_')) {
            throw FetchErrors.hostInvalid("The URL's host is not a valid name or address.");
        }
        if (IpAddress.endsInNumber(host)) {
            IpAddress address = IpAddress.parseIpv4(host)
                    .orElseThrow(() -> FetchErrors.hostInvalid("The URL's host is not a valid IPv4 address."));
            return new FetchTarget(uri, https, address.toString(), port, Optional.of(address));
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.length() > MAX_NAME_LENGTH || !validLabels(name)) {
            throw FetchErrors.hostInvalid("The URL's host is not a valid name.");
        }
        if (METADATA_NAMES.contains(name)) {
            throw FetchErrors.addressRefused(name, "a cloud metadata service");
        }
        return new FetchTarget(uri, https, name, port, Optional.empty());
    }

    private static boolean validLabels(String name) {
        for (String label : name.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH) {
                return false;
            }
        }
        return true;
    }

    private static int port(String text, boolean https) {
        if (text.isEmpty()) {
            return https ? 443 : 80;
        }
        if (text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw FetchErrors.hostInvalid("The URL's port is not valid.");
        }
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65_535) {
            throw FetchErrors.hostInvalid("The URL's port is not valid.");
        }
        return port;
    }

    /**
     * A URL that may be requested and the addresses, all checked, to connect to.
     *
     * @param target the URL's target
     * @param addresses the permitted addresses of its host, at least one
     */
    public record CheckedTarget(FetchTarget target, List<IpAddress> addresses) {

        /** Keeps a copy of the addresses. */
        public CheckedTarget {
            addresses = List.copyOf(addresses);
        }
    }
}
