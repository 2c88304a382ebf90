package dev.accolade.adapter.out.http;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.CallbackSenderPort;
import dev.accolade.application.port.out.SendResult;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.error.DomainException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs deliveries through the same {@link UrlGuard} and allow-list as fetching: the URL is parsed when
 * a callback is registered and checked again, name resolved, right before each call; the connection goes
 * to the checked address; redirects are not followed; a receiver that has not answered within 10 s (2 s to
 * connect) has failed. A 2xx status is success; anything else may be retried, except a refused address.
 */
public final class HttpCallbackSender implements CallbackSenderPort {

    private static final Logger LOG = LoggerFactory.getLogger(HttpCallbackSender.class);

    private final UrlGuard guard;
    private final FetchLimits limits;
    private final SSLSocketFactory tls;

    /** Sends with the production limits, the system's resolver and trust store, within the policy. */
    public HttpCallbackSender(AddressPolicy policy) {
        this(policy, HostResolver.system(), FetchLimits.DEFAULT, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** Sends with a given resolver, limits and TLS configuration, as tests need. */
    public HttpCallbackSender(AddressPolicy policy, HostResolver resolver, FetchLimits limits, SSLSocketFactory tls) {
        this.guard = new UrlGuard(requireNonNull(policy, "policy"), requireNonNull(resolver, "resolver"));
        this.limits = requireNonNull(limits, "limits");
        this.tls = requireNonNull(tls, "tls");
    }

    @Override
    public void check(WebUrl url) {
        guard.parse(url.value());
    }

    @Override
    public SendResult send(WebUrl url, String body, Map<String, String> headers) {
        UrlGuard.CheckedTarget checked;
        try {
            checked = guard.check(url.value());
        } catch (DomainException refused) {
            LOG.info("Refused a callback URL at call time: {}", refused.code());
            return SendResult.refused(refused.code() + ": " + refused.getMessage());
        }
        FetchTarget target = checked.target();
        Deadline deadline = Deadline.after(limits.totalTimeout(), target.host());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        IOException last = null;
        for (IpAddress address : checked.addresses()) {
            try (Http11Connection connection = Http11Connection.post(target, address, limits.connectTimeout(), tls,
                    deadline, headers, bytes)) {
                int status = connection.head().status();
                return status >= 200 && status < 300 ? SendResult.delivered(status)
                        : SendResult.retry("HTTP " + status + " from " + target.origin());
            } catch (ConnectException | NoRouteToHostException e) {
                last = e;
            } catch (DomainException failed) {
                return SendResult.retry(failed.code() + ": " + failed.getMessage());
            } catch (IOException e) {
                return SendResult.retry("the connection to " + target.origin() + " failed");
            }
        }
        return SendResult.retry("no connection to " + target.origin() + (last == null ? "" : " could be opened"));
    }
}
