package dev.accolade.application.port.in.content;

/**
 * Downloads content named by URL through the outbound port; until the outbound-HTTP adapter exists,
 * every call is refused with {@code url_fetch_unavailable}.
 */
public interface FetchContentUseCase {

    /** The downloaded bytes, at most the command's limit. */
    byte[] fetchContent(FetchContentCommand command);
}
