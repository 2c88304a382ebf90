package dev.accolade.application.port.out;

import dev.accolade.domain.common.WebUrl;

/**
 * Downloads content from a web URL, as dialects that take an image or file by URL need. The safe
 * adapter (address checks, time and size limits) comes with the outbound-HTTP work.
 */
public interface RemoteContentPort {

    /** The bytes at the URL, at most {@code maxBytes}; a {@code DomainException} when they cannot be had. */
    byte[] fetch(WebUrl url, int maxBytes);
}
