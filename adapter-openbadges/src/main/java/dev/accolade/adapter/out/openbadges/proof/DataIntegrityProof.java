package dev.accolade.adapter.out.openbadges.proof;

import java.time.Instant;
import java.util.Optional;

/**
 * The fields of a well-formed embedded eddsa-rdfc-2022 proof (type and cryptosuite are implied).
 *
 * @param verificationMethod the absolute URL of the key that made the proof, for the caller to resolve
 * @param proofPurpose the verification relationship the key must have, e.g. "assertionMethod"
 * @param created when the proof says it was made, if it says so
 * @param proofValue the signature: 'z' + base58btc of 64 bytes
 */
public record DataIntegrityProof(String verificationMethod, String proofPurpose, Optional<Instant> created,
        String proofValue) {
}
