package dev.accolade.application.port.out;

import dev.accolade.domain.common.Content;
import dev.accolade.domain.common.FileFormat;
import dev.accolade.domain.common.WebUrl;

/**
 * Downloads content from a web URL, as dialects that take an image or file by URL need. An adapter
 * decides which hosts may be reached and bounds the time and size of a download.
 */
public interface RemoteContentPort {

    /**
     * The content at the URL, at most {@code maxBytes} and of the declared format; a {@code
     * DomainException} with a {@code url_…} code when it cannot be had.
     */
    Content fetch(WebUrl url, FileFormat format, int maxBytes);
}
