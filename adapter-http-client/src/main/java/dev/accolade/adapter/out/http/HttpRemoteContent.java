package dev.accolade.adapter.out.http;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.RemoteContentPort;
import dev.accolade.domain.common.Content;
import dev.accolade.domain.common.FileFormat;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.error.DomainException;
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

    private final GuardedGet get;

    /** Downloads with the production limits, the system's resolver and trust store, within the policy. */
    public HttpRemoteContent(AddressPolicy policy) {
        this(policy, HostResolver.system(), FetchLimits.DEFAULT, SystemTls.INSTANCE);
    }

    /** Downloads with a given resolver, limits and TLS configuration, as tests need. */
    public HttpRemoteContent(AddressPolicy policy, HostResolver resolver, FetchLimits limits, SSLSocketFactory tls) {
        this.get = new GuardedGet(new UrlGuard(requireNonNull(policy, "policy"), requireNonNull(resolver, "resolver")),
                requireNonNull(limits, "limits"), requireNonNull(tls, "tls"));
    }

    @Override
    public Content fetch(WebUrl url, FileFormat format, int maxBytes) {
        FetchTarget target = get.parse(url.value());
        try {
            GuardedGet.Answer answer = get.get(target, "*/*", maxBytes, List.of(200));
            if (answer.status() != 200) {
                throw FetchErrors.unreachable("The server at " + target.host() + " answered HTTP " + answer.status()
                        + ".");
            }
            if (!Content.hasSignatureOf(format, answer.body())) {
                throw FetchErrors.contentMismatch("The content at the URL is not " + format.wireName() + " content.");
            }
            Content content = new Content(format, answer.body());
            LOG.debug("Fetched {} bytes of {} from {}", content.size(), format.wireName(), target.origin());
            return content;
        } catch (DomainException refused) {
            LOG.info("Refused to fetch from {}: {}", target.origin(), refused.code());
            throw refused;
        }
    }
}
