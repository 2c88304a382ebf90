package dev.accolade.adapter.in.rest;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.limit.AddressBlock;
import dev.accolade.adapter.in.rest.limit.Rate;
import java.util.List;

/**
 * How many requests the server takes from one caller, kept per server instance.
 *
 * @param perCredential the rate of each API key, member session, admin token or signed service, once the
 *     server has accepted it
 * @param perAddress the rate of each client address for every other request: no credential, a credential
 *     not yet accepted, or a bad one
 * @param trustedProxies the proxies whose {@code X-Forwarded-For} names the client; empty to believe none
 */
public record RateLimits(Rate perCredential, Rate perAddress, List<AddressBlock> trustedProxies) {

    /** 50 requests per second in bursts of 100 per credential, 10 in bursts of 20 per address, no proxy. */
    public static final RateLimits DEFAULT = new RateLimits(new Rate(50, 100), new Rate(10, 20), List.of());
    /** No limit, as tests that make many requests from one address use. */
    public static final RateLimits OFF = new RateLimits(Rate.OFF, Rate.OFF, List.of());

    /** Checks every part and copies the list. */
    public RateLimits {
        requireNonNull(perCredential, "perCredential");
        requireNonNull(perAddress, "perAddress");
        trustedProxies = List.copyOf(trustedProxies);
    }
}
