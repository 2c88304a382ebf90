package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.domain.issuer.IssuerId;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The time zone an issuer's days (for windows and streaks) are counted in. */
public final class IssuerZones {

    private final IssuerRepository issuers;

    /** Reads issuers through this port. */
    public IssuerZones(IssuerRepository issuers) {
        this.issuers = requireNonNull(issuers, "issuers");
    }

    /** The issuer's time zone, UTC for an issuer that names none. */
    public ZoneId of(IssuerId issuer) {
        return issuers.findById(issuer).map(found -> found.profile().timeZone()).orElse(ZoneOffset.UTC);
    }
}
