package dev.accolade.application.support;

import dev.accolade.application.port.out.CallbackSenderPort;
import dev.accolade.application.port.out.SendResult;
import dev.accolade.domain.common.WebUrl;
import java.util.Map;

/**
 * The callback sender of an Accolade assembled without the outbound-HTTP adapter (embedding, tests):
 * callback URLs are accepted and their deliveries written to the outbox, but nothing is sent.
 */
public final class NoCallbackSender implements CallbackSenderPort {

    @Override
    public void check(WebUrl url) {
        // Every well-formed URL is accepted; nothing is ever called.
    }

    @Override
    public SendResult send(WebUrl url, String body, Map<String, String> headers) {
        return SendResult.retry("this server sends no callbacks");
    }
}
