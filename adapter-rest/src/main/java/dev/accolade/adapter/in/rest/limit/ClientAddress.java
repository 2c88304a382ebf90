package dev.accolade.adapter.in.rest.limit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a request comes from, as the limits and the sign-in throttle count it: the socket's peer, or, only
 * when that peer is a trusted proxy, the last address in {@code X-Forwarded-For} that is not a trusted proxy
 * itself. An IPv6 address counts as its /64 block, which one subscriber usually holds whole.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * The key of the client.
     *
     * @param peer the socket's remote address as the server reports it
     * @param forwardedFor every {@code X-Forwarded-For} header, in the order received
     * @param trustedProxies the proxies whose {@code X-Forwarded-For} is believed; empty to believe none
     */
    static String of(String peer, List<String> forwardedFor, List<AddressBlock> trustedProxies) {
        Optional<byte[]> socket = parse(peer);
        if (socket.isEmpty()) {
            return peer == null ? "unknown" : peer;
        }
        byte[] client = socket.get();
        if (trusted(client, trustedProxies)) {
            List<String> hops = new ArrayList<>();
            forwardedFor.forEach(header -> hops.addAll(Arrays.asList(header.split(","))));
            for (int i = hops.size() - 1; i >= 0; i--) {
                Optional<byte[]> hop = parse(hops.get(i));
                if (hop.isEmpty()) {
                    break;
                }
                client = hop.get();
                if (!trusted(client, trustedProxies)) {
                    break;
                }
            }
        }
        return IpAddresses.key(client);
    }

    /**
     * An address as written in a header or by the server: IPv4, IPv6 with or without brackets, with a port
     * or not, with a zone or not; empty for anything else. Never looks a name up.
     */
    static Optional<byte[]> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            value = close < 0 ? "" : value.substring(1, close);
        } else if (value.indexOf(':') >= 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            value = value.substring(0, value.indexOf(':'));
        }
        int zone = value.indexOf('%');
        if (zone >= 0) {
            value = value.substring(0, zone);
        }
        return IpAddresses.parse(value);
    }

    private static boolean trusted(byte[] address, List<AddressBlock> trustedProxies) {
        return trustedProxies.stream().anyMatch(block -> block.contains(address));
    }
}
