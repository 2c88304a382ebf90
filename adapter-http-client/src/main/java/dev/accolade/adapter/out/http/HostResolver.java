package dev.accolade.adapter.out.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Looks up the addresses of a host name; the system's resolver in production, a table in tests. */
@FunctionalInterface
public interface HostResolver {

    /** Every address of the name; {@link UnknownHostException} when it has none. */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The system's resolver (hosts file, DNS). */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
