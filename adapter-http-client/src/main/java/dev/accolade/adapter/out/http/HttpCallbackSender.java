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
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs deliveries through the same {@link UrlGuard} and allow-list as fetching: the URL is checked, its
 * name resolved, when a callback is registered and again right before each call; the connection goes to
 * the checked address; redirects are not followed; a receiver that has not answered within 10 s (2 s to
 * connect), the name lookup included, has failed. A 2xx status is success; anything else may be retried,
 * except a URL or address that is refused.
 */
public final class HttpCallbackSender implements CallbackSenderPort {

    private static final Logger LOG = LoggerFactory.getLogger(HttpCallbackSender.class);
    /** Failures before any connection that a later try may not meet: a name that did not resolve, or not in time. */
    private static final Set<String> MAY_MEND = Set.of(FetchErrors.UNREACHABLE, FetchErrors.TIMEOUT);

    private final UrlGuard guard;
    private final FetchLimits limits;
    private final SSLSocketFactory tls;

    /** Sends with the production limits, the system's resolver and trust store, within the policy. */
    public HttpCallbackSender(AddressPolicy policy) {
        this(policy, HostResolver.system(), FetchLimits.DEFAULT, SystemTls.INSTANCE);
    }

    /** Sends with a given resolver, limits and TLS configuration, as tests need. */
    public HttpCallbackSender(AddressPolicy policy, HostResolver resolver, FetchLimits limits, SSLSocketFactory tls) {
        this.guard = new UrlGuard(requireNonNull(policy, "policy"), requireNonNull(resolver, "resolver"));
        this.limits = requireNonNull(limits, "limits");
        this.tls = requireNonNull(tls, "tls");
    }

    /**
     * Refuses a URL the guard refuses, a name that does not resolve ({@code url_unreachable}) or resolves
     * to a refused address, and a lookup that takes longer than a call may ({@code url_timeout}).
     */
    @Override
    public void check(WebUrl url) {
        FetchTarget target = guard.parse(url.value());
        guard.addresses(target, Deadline.after(limits.totalTimeout(), target.host()));
    }

    @Override
    public SendResult send(WebUrl url, String body, Map<String, String> headers) {
        FetchTarget target;
        Deadline deadline;
        List<IpAddress> addresses;
        try {
            target = guard.parse(url.value());
            deadline = Deadline.after(limits.totalTimeout(), target.host());
            addresses = guard.addresses(target, deadline);
        } catch (DomainException failed) {
            if (MAY_MEND.contains(failed.code())) {
                return SendResult.retry(failed.code() + ": " + failed.getMessage());
            }
            LOG.info("Refused a callback URL at call time: {}", failed.code());
            return SendResult.refused(failed.code() + ": " + failed.getMessage());
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        IOException last = null;
        for (IpAddress address : addresses) {
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
