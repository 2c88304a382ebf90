package dev.accolade.adapter.out.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A resolver that answers from a table of names and their comma-separated addresses, and notes every name asked. */
final class HostTable implements HostResolver {

    private final Map<String, String> names;
    private final List<String> lookedUp = new CopyOnWriteArrayList<>();

    HostTable(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        lookedUp.add(host);
        String addresses = names.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        List<InetAddress> resolved = new ArrayList<>();
        for (String address : addresses.split(",")) {
            resolved.add(InetAddress.getByAddress(host, (address.indexOf(':') >= 0
                    ? IpAddress.parseIpv6(address) : IpAddress.parseIpv4(address)).orElseThrow().octets()));
        }
        return resolved;
    }

    /** The names asked for, in order. */
    List<String> lookedUp() {
        return List.copyOf(lookedUp);
    }
}
