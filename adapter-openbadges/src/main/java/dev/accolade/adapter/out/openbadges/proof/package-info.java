/**
 * Open Badges 3.0 proofs: W3C Data Integrity {@code eddsa-rdfc-2022} (Ed25519 over RDFC-1.0 canonical N-Quads), the
 * JSON-LD contexts it may use (bundled, never fetched), Ed25519 Multikeys and the Bitstring Status List codec.
 *
 * <p>Callers work with Jackson trees, strings and JDK keys only. Every refusal is a {@link
 * dev.accolade.adapter.out.openbadges.proof.ProofException} with a stable reason code. All public classes are
 * immutable and thread-safe.
 */
package dev.accolade.adapter.out.openbadges.proof;
