package dev.accolade.application.port.out.credential;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.BitSet;

/**
 * One of an issuer's Bitstring Status Lists, to be published as a signed credential.
 *
 * @param id the list credential's URL
 * @param issuer whose list it is
 * @param validFrom the time it speaks for
 * @param revoked the set bits, each a revoked award's index
 * @param size the number of bits
 */
public record StatusListFacts(String id, IssuerFacts issuer, Instant validFrom, BitSet revoked, int size) {

    /** Checks every part is present and keeps a copy of the bits. */
    public StatusListFacts {
        requireNonNull(id, "id");
        requireNonNull(issuer, "issuer");
        requireNonNull(validFrom, "validFrom");
        revoked = (BitSet) requireNonNull(revoked, "revoked").clone();
    }

    /** The set bits, copied. */
    @Override
    public BitSet revoked() {
        return (BitSet) revoked.clone();
    }
}
