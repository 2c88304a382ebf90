package dev.accolade.adapter.out.http;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import javax.net.ssl.SSLSocketFactory;

/**
 * One GET through the {@link UrlGuard}: every URL, the first and each redirect, passes the guard; the
 * connection goes to the address that was checked; at most the limits' redirects and never from https
 * to http; the limits' time to connect and in all; the body read only up to a limit.
 */
final class GuardedGet {

    /** What a server answered: its status, its declared content type, and the body, when it was read. */
    record Answer(int status, String contentType, byte[] body) {
    }

    private final UrlGuard guard;
    private final FetchLimits limits;
    private final SSLSocketFactory tls;

    GuardedGet(UrlGuard guard, FetchLimits limits, SSLSocketFactory tls) {
        this.guard = requireNonNull(guard, "guard");
        this.limits = requireNonNull(limits, "limits");
        this.tls = requireNonNull(tls, "tls");
    }

    /**
     * The answer at the end of the redirects, with its body read (at most {@code maxBytes}) when its
     * status is one of {@code bodyFor}; an uncompressed body only.
     */
    Answer get(FetchTarget first, String accept, int maxBytes, List<Integer> bodyFor) {
        Deadline start = Deadline.after(limits.totalTimeout(), first.host());
        FetchTarget target = first;
        for (int redirects = 0; ; redirects++) {
            Deadline deadline = start.naming(target.host());
            List<IpAddress> addresses = guard.addresses(target, deadline);
            try (Http11Connection connection = connect(target, addresses, deadline, accept)) {
                ResponseHead head = connection.head();
                if (head.isRedirect() && head.first("location").isPresent()) {
                    if (redirects >= limits.maxRedirects()) {
                        throw FetchErrors.tooManyRedirects(limits.maxRedirects());
                    }
                    target = redirect(target, head.first("location").get());
                    continue;
                }
                if (!bodyFor.contains(head.status())) {
                    return new Answer(head.status(), head.first("content-type").orElse(""), new byte[0]);
                }
                String encoding = head.first("content-encoding").orElse("identity").trim();
                if (!encoding.isEmpty() && !encoding.equalsIgnoreCase("identity")) {
                    throw FetchErrors.contentMismatch("The content at the URL is compressed (" + encoding + ").");
                }
                return new Answer(head.status(), head.first("content-type").orElse(""),
                        connection.body(head, maxBytes));
            } catch (IOException e) {
                throw FetchErrors.unreachable("The connection to " + target.host() + " failed.");
            }
        }
    }

    /** The target of a URL, or the guard's refusal. */
    FetchTarget parse(String url) {
        return guard.parse(url);
    }

    private FetchTarget redirect(FetchTarget from, String location) {
        URI next;
        try {
            next = from.uri().resolve(new URI(location.trim()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw FetchErrors.unreachable("The server at " + from.host() + " redirects to an invalid URL.");
        }
        FetchTarget target = guard.parse(next.toString());
        if (from.https() && !target.https()) {
            throw FetchErrors.schemeRefused("A redirect from https to http is not followed.");
        }
        return target;
    }

    /** A connection to the first address that accepts one, in the order the resolver gave them. */
    private Http11Connection connect(FetchTarget target, List<IpAddress> addresses, Deadline deadline, String accept)
            throws IOException {
        IOException last = null;
        for (IpAddress address : addresses) {
            try {
                return Http11Connection.open(target, address, limits.connectTimeout(), tls, deadline, accept);
            } catch (ConnectException | NoRouteToHostException e) {
                last = e;
            }
        }
        throw last == null ? new IOException("no address") : last;
    }
}
