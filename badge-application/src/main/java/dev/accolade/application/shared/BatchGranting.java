package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.credential.AwardCredentialRepository;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardCredential;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.award.GrantDecision;
import dev.accolade.domain.award.GrantPolicy;
import dev.accolade.domain.event.AwardGranted;
import dev.accolade.domain.issuer.IssuerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes many awards in one unit of work as {@link Granting#award} makes them one after the other, with a few
 * statements for all of them: the recipients' live awards read in one query, the ids drawn and the credential
 * slots checked together, the awards written as one batch and announced together. {@link GrantPolicy} decides
 * each entry, in order; an entry whose recipient an earlier entry of the batch gave the non-repeatable
 * template to is already awarded, as it would be one by one.
 */
public final class BatchGranting {

    /** One award to make directly: the grant (its holder resolved), where it comes from, and as of when. */
    public record Direct(Grant grant, AwardSource source, Instant awardedAt) {

        /** Checks every part is present. */
        public Direct {
            requireNonNull(grant, "grant");
            requireNonNull(source, "source");
            requireNonNull(awardedAt, "awardedAt");
        }
    }

    private final IdGeneratorPort ids;
    private final EventPublisherPort events;
    private final AwardRepository awards;
    private final ClockPort clock;
    private final CredentialMinting minting;

    /** Grants through these ports, giving each award a credential with a free slot among the issuer's. */
    public BatchGranting(IdGeneratorPort ids, EventPublisherPort events, AwardRepository awards, ClockPort clock,
            TokenGeneratorPort tokens, AwardCredentialRepository credentials) {
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
        this.awards = requireNonNull(awards, "awards");
        this.clock = requireNonNull(clock, "clock");
        this.minting = new CredentialMinting(tokens, credentials);
    }

    /**
     * Makes the awards, in the caller's unit of work: the outcome of each entry, in order, awarded or already
     * awarded (the oldest live award the recipient, or its holder, has of a non-repeatable template).
     */
    public List<AwardOutcome> award(List<Direct> wanted) {
        List<Award> stored = storedHoldings(wanted);
        List<Optional<Award>> held = new ArrayList<>(wanted.size());
        int[] heldInBatch = new int[wanted.size()];
        List<Integer> making = new ArrayList<>();
        for (int position = 0; position < wanted.size(); position++) {
            Grant grant = wanted.get(position).grant();
            boolean looks = GrantPolicy.looksAtHoldings(grant.terms());
            Optional<Award> before = looks ? stored.stream().filter(award -> reaches(award.grant(), grant))
                    .findFirst() : Optional.empty();
            heldInBatch[position] = looks && before.isEmpty() ? making.stream()
                    .filter(earlier -> reaches(wanted.get(earlier).grant(), grant)).findFirst().orElse(-1) : -1;
            held.add(before);
            if (before.isEmpty() && heldInBatch[position] < 0) {
                making.add(position);
            }
        }
        Map<Integer, Award> made = made(wanted, making);
        List<AwardOutcome> outcomes = new ArrayList<>(wanted.size());
        for (int position = 0; position < wanted.size(); position++) {
            Grant grant = wanted.get(position).grant();
            Optional<Award> holding = heldInBatch[position] >= 0 ? Optional.of(made.get(heldInBatch[position]))
                    : held.get(position);
            GrantDecision decision = GrantPolicy.decide(grant.terms(), false, false, holding, Optional.empty());
            if (decision instanceof GrantDecision.AlreadyHeld already) {
                outcomes.add(new AwardOutcome.AlreadyAwarded(already.award()));
            } else if (made.containsKey(position)) {
                outcomes.add(new AwardOutcome.Awarded(made.get(position)));
            } else {
                throw new IllegalStateException("the grant at " + position + " was held, and then not");
            }
        }
        return outcomes;
    }

    /** The stored live awards of the entries' non-repeatable templates to their recipients or holders, oldest first. */
    private List<Award> storedHoldings(List<Direct> wanted) {
        List<Grant> looking = wanted.stream().map(Direct::grant)
                .filter(grant -> GrantPolicy.looksAtHoldings(grant.terms())).toList();
        if (looking.isEmpty()) {
            return List.of();
        }
        return awards.findActiveAmong(looking).stream().sorted(Comparator.comparing(Award::awardedAt)
                .thenComparing(award -> award.id().value())).toList();
    }

    /** Whether what {@code given} gives is held by the recipient of {@code grant}: its identity, or its holder. */
    private static boolean reaches(Grant given, Grant grant) {
        return given.template().equals(grant.template()) && (given.recipient().equals(grant.recipient())
                || grant.holder().isPresent() && given.holder().equals(grant.holder()));
    }

    /** Writes the awards of these positions as one batch and announces them together, by position. */
    private Map<Integer, Award> made(List<Direct> wanted, List<Integer> making) {
        Map<Integer, Award> made = new LinkedHashMap<>();
        if (making.isEmpty()) {
            return made;
        }
        List<AwardId> fresh = ids.nextIds(making.size()).stream().map(AwardId::new).toList();
        Map<IssuerId, List<Integer>> byIssuer = new LinkedHashMap<>();
        for (int index = 0; index < making.size(); index++) {
            byIssuer.computeIfAbsent(wanted.get(making.get(index)).grant().terms().issuer(),
                    issuer -> new ArrayList<>()).add(index);
        }
        AwardCredential[] credentials = new AwardCredential[making.size()];
        byIssuer.forEach((issuer, indexes) -> {
            List<AwardCredential> minted = minting.mintAll(indexes.stream().map(fresh::get).toList(), issuer);
            for (int i = 0; i < indexes.size(); i++) {
                credentials[indexes.get(i)] = minted.get(i);
            }
        });
        for (int index = 0; index < making.size(); index++) {
            Direct direct = wanted.get(making.get(index));
            made.put(making.get(index), Award.grant(fresh.get(index), direct.grant(), direct.source(),
                    direct.awardedAt(), credentials[index]));
        }
        List<Award> written = List.copyOf(made.values());
        awards.insertAll(written);
        Instant now = clock.now();
        events.publishAll(written.stream().map(award -> new AwardGranted(award, now)).toList());
        return made;
    }
}
