package dev.accolade.application.port.out;

import dev.accolade.application.port.out.credential.ResolvedDocument;
import dev.accolade.domain.common.WebUrl;

/**
 * Fetches a JSON document (a credential, a profile, a key, a status list) from a web URL for a
 * verification. An adapter decides which hosts may be reached and bounds the time and size.
 */
public interface RemoteDocumentPort {

    /**
     * What the URL answers, at most {@code maxBytes}, with its status; a {@code DomainException} with a
     * {@code url_…} code when it cannot be had.
     */
    ResolvedDocument fetch(WebUrl url, int maxBytes);
}
