package dev.accolade.adapter.out.http;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.RemoteContentPort;
import dev.accolade.domain.common.Content;
import dev.accolade.domain.common.FileFormat;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.error.DomainException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads images and files named by URL, safely: every URL, the first and each redirect, passes the
 * {@link UrlGuard}; the connection goes to the address that was checked; at most 3 redirects and never
 * from https to http; 2 s to connect and 10 s in all; the body is refused as soon as it passes the
 * limit; and the content must start as its declared format does.
 */
public final class HttpRemoteContent implements RemoteContentPort {

    private static final Logger LOG = LoggerFactory.getLogger(HttpRemoteContent.class);

    private final UrlGuard guard;
    private final FetchLimits limits;
    private final SSLSocketFactory tls;

    /** Downloads with the production limits, the system's resolver and trust store, within the policy. */
    public HttpRemoteContent(AddressPolicy policy) {
        this(policy, HostResolver.system(), FetchLimits.DEFAULT, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** Downloads with a given resolver, limits and TLS configuration, as tests need. */
    public HttpRemoteContent(AddressPolicy policy, HostResolver resolver, FetchLimits limits, SSLSocketFactory tls) {
        this.guard = new UrlGuard(requireNonNull(policy, "policy"), requireNonNull(resolver, "resolver"));
        this.limits = requireNonNull(limits, "limits");
        this.tls = requireNonNull(tls, "tls");
    }

    @Override
    public Content fetch(WebUrl url, FileFormat format, int maxBytes) {
        FetchTarget target = guard.parse(url.value());
        Deadline deadline = Deadline.after(limits.totalTimeout(), target.host());
        try {
            Content content = follow(target, format, maxBytes, deadline);
            LOG.debug("Fetched {} bytes of {} from {}", content.size(), format.wireName(), target.origin());
            return content;
        } catch (DomainException refused) {
            LOG.info("Refused to fetch from {}: {}", target.origin(), refused.code());
            throw refused;
        }
    }

    private Content follow(FetchTarget first, FileFormat format, int maxBytes, Deadline start) {
        FetchTarget target = first;
        for (int redirects = 0; ; redirects++) {
            Deadline deadline = start.naming(target.host());
            List<IpAddress> addresses = guard.addresses(target, deadline);
            try (Http11Connection connection = connect(target, addresses, deadline)) {
                ResponseHead head = connection.head();
                if (head.isRedirect() && head.first("location").isPresent()) {
                    if (redirects >= limits.maxRedirects()) {
                        throw FetchErrors.tooManyRedirects(limits.maxRedirects());
                    }
                    target = redirect(target, head.first("location").get());
                    continue;
                }
                if (head.status() != 200) {
                    throw FetchErrors.unreachable("The server at " + target.host() + " answered HTTP "
                            + head.status() + ".");
                }
                String encoding = head.first("content-encoding").orElse("identity").trim();
                if (!encoding.isEmpty() && !encoding.equalsIgnoreCase("identity")) {
                    throw FetchErrors.contentMismatch("The content at the URL is compressed (" + encoding + ").");
                }
                byte[] body = connection.body(head, maxBytes);
                if (!Content.hasSignatureOf(format, body)) {
                    throw FetchErrors.contentMismatch("The content at the URL is not " + format.wireName()
                            + " content.");
                }
                return new Content(format, body);
            } catch (IOException e) {
                throw FetchErrors.unreachable("The connection to " + target.host() + " failed.");
            }
        }
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
    private Http11Connection connect(FetchTarget target, List<IpAddress> addresses, Deadline deadline)
            throws IOException {
        IOException last = null;
        for (IpAddress address : addresses) {
            try {
                return Http11Connection.open(target, address, limits.connectTimeout(), tls, deadline);
            } catch (ConnectException | NoRouteToHostException e) {
                last = e;
            }
        }
        throw last == null ? new IOException("no address") : last;
    }
}
