package dev.accolade.application.port.out;

import dev.accolade.domain.common.WebUrl;
import java.util.Map;

/**
 * Sends deliveries over HTTP. An adapter decides which hosts may be reached, checks the URL when it is
 * registered and again when it is called, and counts a receiver slower than 10 s as a failure.
 */
public interface CallbackSenderPort {

    /** Checks a callback URL as it is registered; a {@code DomainException} with a {@code url_…} code if refused. */
    void check(WebUrl url);

    /** POSTs a JSON body with these headers and tells how it went; never throws for a failed call. */
    SendResult send(WebUrl url, String body, Map<String, String> headers);
}
