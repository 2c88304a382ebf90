package dev.accolade.bootstrap;

import dev.accolade.adapter.in.rest.RateLimits;
import dev.accolade.adapter.in.rest.limit.AddressBlock;
import dev.accolade.adapter.in.rest.limit.Rate;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's {@link RateLimits} from {@code ACCOLADE_*} variables or the configuration file: a rate per
 * credential and per client address, each {@code 50/100} (per second / burst), a bare number, or 0 for off;
 * and the trusted proxies, whose {@code X-Forwarded-For} names the client, as addresses and blocks.
 */
final class RateLimitSettings {

    private RateLimitSettings() {
    }

    /** The limits the sources set, the defaults elsewhere. */
    static RateLimits resolve(Configuration.Sources sources) {
        RateLimits defaults = RateLimits.DEFAULT;
        return new RateLimits(rate(sources, "ACCOLADE_RATE_KEY", "rate.key", defaults.perCredential()),
                rate(sources, "ACCOLADE_RATE_ADDRESS", "rate.address", defaults.perAddress()),
                sources.pick(null, "ACCOLADE_TRUSTED_PROXIES", "trusted.proxies")
                        .map(RateLimitSettings::proxies).orElse(defaults.trustedProxies()));
    }

    private static Rate rate(Configuration.Sources sources, String variable, String key, Rate fallback) {
        return sources.pick(null, variable, key).map(value -> {
            try {
                return Rate.parse(value);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("The setting " + variable + " (file key " + key + ") is a rate such"
                        + " as 50/100 (requests per second / burst), 10, or 0 for no limit, not '" + value.strip()
                        + "'.");
            }
        }).orElse(fallback);
    }

    private static List<AddressBlock> proxies(String value) {
        List<AddressBlock> blocks = new ArrayList<>();
        for (String part : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                blocks.add(AddressBlock.parse(part));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("The trusted proxies (ACCOLADE_TRUSTED_PROXIES or trusted.proxies)"
                        + " are addresses such as 10.0.0.5 and blocks such as 10.0.0.0/8 or fd00::/8, separated by"
                        + " commas, not '" + part.strip() + "'.");
            }
        }
        return List.copyOf(blocks);
    }
}
