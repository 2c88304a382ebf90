package dev.accolade.application.support;

import dev.accolade.application.port.out.RemoteDocumentPort;
import dev.accolade.application.port.out.credential.ResolvedDocument;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.error.DomainException;

/**
 * The remote document port of an Accolade assembled without the outbound-HTTP adapter: other issuers'
 * documents are never fetched, so their credentials verify as unverifiable.
 */
public final class NoRemoteDocuments implements RemoteDocumentPort {

    @Override
    public ResolvedDocument fetch(WebUrl url, int maxBytes) {
        throw DomainException.ruleViolation(NoRemoteContent.URL_FETCH_UNAVAILABLE,
                "This server does not fetch documents from other servers.");
    }
}
