package dev.accolade.application.content;

import dev.accolade.domain.common.Content;

/**
 * Downloads content named by URL through the outbound port; without an outbound-HTTP adapter every
 * call is refused with {@code url_fetch_unavailable}.
 */
public interface FetchContentUseCase {

    /** The downloaded content, at most the command's limit and of its declared format. */
    Content fetchContent(FetchContentCommand command);
}
