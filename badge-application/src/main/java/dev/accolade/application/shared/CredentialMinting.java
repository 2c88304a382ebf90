package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.port.out.credential.AwardCredentialRepository;
import dev.accolade.domain.award.AwardCredential;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.StatusSlot;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.issuer.IssuerId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes a new award's credential: a random public id and recipient salt, and a random free slot in
 * the issuer's status list its id falls in. A list is at most half full, so a free slot turns up
 * within a few draws.
 */
final class CredentialMinting {

    /** Draws before giving up, which at a half-full list happens once in 2^64. */
    private static final int MAX_DRAWS = 64;

    private final TokenGeneratorPort random;
    private final AwardCredentialRepository credentials;

    CredentialMinting(TokenGeneratorPort random, AwardCredentialRepository credentials) {
        this.random = requireNonNull(random, "random");
        this.credentials = requireNonNull(credentials, "credentials");
    }

    /** The credential of an award about to be made by an issuer. */
    AwardCredential mint(AwardId award, IssuerId issuer) {
        long list = StatusSlot.listOf(award);
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            StatusSlot slot = new StatusSlot(list, random.newIndex(StatusSlot.LIST_SIZE));
            if (!credentials.isSlotTaken(issuer, slot)) {
                return new AwardCredential(new PublicId(random.newToken(PublicId.LENGTH)),
                        random.newToken(AwardCredential.SALT_LENGTH), slot);
            }
        }
        throw new IllegalStateException("no free status slot in list " + list + " of " + issuer);
    }

    /**
     * The credentials of awards about to be made together by an issuer, in order: each slot drawn as
     * {@link #mint} draws it, the draws of all of them checked in one query per round, no two alike.
     */
    List<AwardCredential> mintAll(List<AwardId> awards, IssuerId issuer) {
        Map<Integer, StatusSlot> slots = new HashMap<>();
        Set<StatusSlot> chosen = new HashSet<>();
        for (int draw = 0; draw < MAX_DRAWS && slots.size() < awards.size(); draw++) {
            Map<Integer, StatusSlot> drawn = new HashMap<>();
            for (int position = 0; position < awards.size(); position++) {
                if (!slots.containsKey(position)) {
                    drawn.put(position, new StatusSlot(StatusSlot.listOf(awards.get(position)),
                            random.newIndex(StatusSlot.LIST_SIZE)));
                }
            }
            Set<StatusSlot> taken = credentials.takenSlots(issuer, drawn.values());
            drawn.forEach((position, slot) -> {
                if (!taken.contains(slot) && chosen.add(slot)) {
                    slots.put(position, slot);
                }
            });
        }
        if (slots.size() < awards.size()) {
            throw new IllegalStateException("no free status slots for " + awards.size() + " awards of " + issuer);
        }
        List<AwardCredential> minted = new ArrayList<>(awards.size());
        for (int position = 0; position < awards.size(); position++) {
            minted.add(new AwardCredential(new PublicId(random.newToken(PublicId.LENGTH)),
                    random.newToken(AwardCredential.SALT_LENGTH), slots.get(position)));
        }
        return minted;
    }
}
