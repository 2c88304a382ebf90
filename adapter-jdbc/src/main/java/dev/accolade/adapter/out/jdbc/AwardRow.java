package dev.accolade.adapter.out.jdbc;

/**
 * One award row the loader writes: the award as generated, with what the store gives it (its id, evidence
 * document, public id, recipient salt and status slot).
 *
 * @param id the award's id, from the store's sequence
 * @param award the award as generated
 * @param evidence the evidence document, as the award path stores it
 * @param publicId the award's public id
 * @param salt the recipient salt of its credential
 * @param list the status list of its slot
 * @param index the index of its slot in that list
 */
record AwardRow(long id, LoadedAward award, String evidence, String publicId, String salt, long list, int index) {
}
