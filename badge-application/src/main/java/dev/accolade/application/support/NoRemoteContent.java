package dev.accolade.application.support;

import dev.accolade.application.port.out.RemoteContentPort;
import dev.accolade.domain.common.Content;
import dev.accolade.domain.common.FileFormat;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.error.DomainException;

/**
 * The remote content port of an Accolade assembled without the outbound-HTTP adapter (embedding, tests):
 * it downloads nothing and says so with {@code url_fetch_unavailable}, rather than pretending to have
 * stored an image.
 */
public final class NoRemoteContent implements RemoteContentPort {

    /** The code of every refusal. */
    public static final String URL_FETCH_UNAVAILABLE = "url_fetch_unavailable";

    @Override
    public Content fetch(WebUrl url, FileFormat format, int maxBytes) {
        throw DomainException.ruleViolation(URL_FETCH_UNAVAILABLE, "This server does not download images or files"
                + " from URLs; send the content as base64 data instead.");
    }
}
