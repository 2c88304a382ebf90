package dev.accolade.adapter.out.http;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.RemoteDocumentPort;
import dev.accolade.application.port.out.credential.ResolvedDocument;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.error.DomainException;
import java.util.List;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches other issuers' documents for a verification (assertions, profiles, keys, status lists) as
 * safely as content: through the {@link UrlGuard}, with the same redirects, time and size limits. It
 * asks for JSON-LD and reads the body of a 200 or a 410 (a revoked hosted assertion); other answers
 * come back with their status and no body.
 */
public final class HttpRemoteDocuments implements RemoteDocumentPort {

    /** What a verification asks servers for. */
    static final String ACCEPT = "application/ld+json, application/json;q=0.9, application/vc+jwt;q=0.8,"
            + " application/jwk+json;q=0.8, */*;q=0.1";
    private static final Logger LOG = LoggerFactory.getLogger(HttpRemoteDocuments.class);

    private final GuardedGet get;

    /** Fetches with the production limits, the system's resolver and trust store, within the policy. */
    public HttpRemoteDocuments(AddressPolicy policy) {
        this(policy, HostResolver.system(), FetchLimits.DEFAULT, SystemTls.INSTANCE);
    }

    /** Fetches with a given resolver, limits and TLS configuration, as tests need. */
    public HttpRemoteDocuments(AddressPolicy policy, HostResolver resolver, FetchLimits limits,
            SSLSocketFactory tls) {
        this.get = new GuardedGet(new UrlGuard(requireNonNull(policy, "policy"), requireNonNull(resolver, "resolver")),
                requireNonNull(limits, "limits"), requireNonNull(tls, "tls"));
    }

    @Override
    public ResolvedDocument fetch(WebUrl url, int maxBytes) {
        FetchTarget target = get.parse(url.value());
        try {
            GuardedGet.Answer answer = get.get(target, ACCEPT, maxBytes, List.of(200, 410));
            LOG.debug("Fetched a document ({}, {} bytes) from {}", answer.status(), answer.body().length,
                    target.origin());
            return new ResolvedDocument(answer.status(), answer.contentType(), answer.body());
        } catch (DomainException refused) {
            LOG.info("Refused to fetch a document from {}: {}", target.origin(), refused.code());
            throw refused;
        }
    }
}
