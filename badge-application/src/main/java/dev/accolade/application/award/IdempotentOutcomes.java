package dev.accolade.application.award;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.award.IdempotencyRecord.OutcomeKind;
import dev.accolade.application.port.out.award.IdempotencyRecord;
import dev.accolade.application.port.out.award.IdempotencyRepository;
import dev.accolade.application.port.out.offer.OfferRepository;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.template.TemplateId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The outcomes of awards made under an idempotency key: recorded with the award in its unit of work,
 * and given back to a retry with the same key and command; the same key with another command is a conflict.
 */
final class IdempotentOutcomes {

    /** The most keys {@link #recentlyUsed} remembers; when full it starts again. */
    static final int RECENT_KEYS = 10_000;

    private final IdempotencyRepository idempotency;
    private final AwardRepository awards;
    private final OfferRepository offers;
    private final ClockPort clock;
    private final Set<String> recorded = ConcurrentHashMap.newKeySet();

    IdempotentOutcomes(IdempotencyRepository idempotency, AwardRepository awards, OfferRepository offers,
            ClockPort clock) {
        this.idempotency = requireNonNull(idempotency, "idempotency");
        this.awards = requireNonNull(awards, "awards");
        this.offers = requireNonNull(offers, "offers");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * The outcome first recorded under the key, when there is one ({@code idempotency_key_reused} for another
     * command); else the key is claimed for the caller's unit of work, which records its outcome.
     */
    Optional<AwardOutcome> earlier(IssuerId issuer, String key, String fingerprint) {
        return idempotency.claim(issuer, key).map(record -> replay(record, fingerprint));
    }

    /**
     * Whether this instance recorded or replayed an outcome for the template under the key since it started (of
     * the last {@link #RECENT_KEYS} at most): then a retry is likely, and worth a read-only look-up before the
     * writing unit. Only a hint: a key it does not know goes through the writing unit, which replays as well.
     */
    boolean recentlyUsed(TemplateId template, String key) {
        return recorded.contains(template.value() + " " + key);
    }

    /** Notes that the template's outcome under the key is committed, once its unit of work has committed. */
    void used(TemplateId template, String key) {
        if (recorded.size() >= RECENT_KEYS) {
            recorded.clear();
        }
        recorded.add(template.value() + " " + key);
    }

    /** The outcome recorded under the issuer's key, read without claiming it, if there is one. */
    Optional<AwardOutcome> recordedEarlier(IssuerId issuer, String key, String fingerprint) {
        return idempotency.find(issuer, key).map(record -> replay(record, fingerprint));
    }

    /** Records the outcome under the key, in the caller's unit of work. */
    void record(IssuerId issuer, String key, String fingerprint, AwardOutcome outcome) {
        idempotency.insert(recordOf(issuer, key, fingerprint, outcome));
    }

    private IdempotencyRecord recordOf(IssuerId issuer, String key, String fingerprint, AwardOutcome outcome) {
        OutcomeKind kind;
        long id;
        if (outcome instanceof AwardOutcome.Awarded awarded) {
            kind = OutcomeKind.AWARDED;
            id = awarded.award().id().value();
        } else if (outcome instanceof AwardOutcome.Offered offered) {
            kind = OutcomeKind.OFFERED;
            id = offered.offer().id().value();
        } else {
            kind = OutcomeKind.ALREADY_AWARDED;
            id = ((AwardOutcome.AlreadyAwarded) outcome).award().id().value();
        }
        return new IdempotencyRecord(issuer, key, fingerprint, kind, id, clock.now());
    }

    /**
     * The outcomes first recorded under a batch's key, when there are any ({@code idempotency_key_reused} for
     * another batch); else the key is claimed for the caller's unit of work, which records the outcomes.
     */
    Optional<List<AwardOutcome>> earlierBatch(IssuerId issuer, String key, String fingerprint, int size) {
        if (earlier(issuer, entryKey(key, 0), fingerprint).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(IntStream.range(0, size).mapToObj(position -> idempotency.find(issuer, entryKey(key,
                position)).map(record -> replay(record, fingerprint)).orElseThrow(IdempotentOutcomes::reused))
                .toList());
    }

    /** Records a batch's outcomes under its key, one record per position, in the caller's unit of work. */
    void recordBatch(IssuerId issuer, String key, String fingerprint, List<AwardOutcome> outcomes) {
        idempotency.insertAll(IntStream.range(0, outcomes.size()).mapToObj(position -> recordOf(issuer,
                entryKey(key, position), fingerprint, outcomes.get(position))).toList());
    }

    /**
     * The key a batch's outcome at a position is kept under: a space, which no client's key holds, keeps it
     * apart from single awards' keys, and the hash of the batch's key keeps it within the column.
     */
    static String entryKey(String batchKey, int position) {
        return "bulk " + Hashing.sha256().hashString(batchKey, StandardCharsets.UTF_8) + " " + position;
    }

    /** The fingerprint of a batch: of its entries' fingerprints, in order. */
    static String batchFingerprint(List<String> entryFingerprints) {
        String canonical = entryFingerprints.stream().collect(Collectors.joining("|", entryFingerprints.size() + ":",
                ""));
        return Hashing.sha256().hashString(canonical, StandardCharsets.UTF_8).toString();
    }

    private static DomainException reused() {
        return DomainException.conflict("idempotency_key_reused",
                "The idempotency key was already used with a different request.");
    }

    private AwardOutcome replay(IdempotencyRecord earlier, String fingerprint) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw reused();
        }
        DomainException gone = DomainException.notFound("award_not_found",
                "What the idempotency key first produced no longer exists.");
        switch (earlier.outcome()) {
            case AWARDED:
                return new AwardOutcome.Awarded(awards.findById(new AwardId(earlier.outcomeId()))
                        .orElseThrow(() -> gone));
            case OFFERED:
                return new AwardOutcome.Offered(offers.findById(new OfferId(earlier.outcomeId()))
                        .orElseThrow(() -> gone));
            default:
                return new AwardOutcome.AlreadyAwarded(awards.findById(new AwardId(earlier.outcomeId()))
                        .orElseThrow(() -> gone));
        }
    }

    /**
     * The SHA-256 of everything the command asks for, each part length-prefixed so none can bleed into another.
     * The recipient's name comes last and only when given, so a command without one keeps the fingerprint
     * it had before names were kept, and a retry across an upgrade still matches.
     */
    static String fingerprint(AwardCommand command, Evidence evidence, Optional<WebUrl> callback) {
        Stream<String> named = Optional.ofNullable(command.recipientName()).stream()
                .flatMap(name -> Stream.of(name.first(), name.last()));
        String canonical = Stream.concat(Stream.of(String.valueOf(command.template().value()),
                command.recipient().key(), evidence.narrative(),
                evidence.links().stream().map(WebUrl::value).collect(Collectors.joining("\n")),
                String.valueOf(command.expiresAt()), callback.map(WebUrl::value).orElse("")), named)
                .map(part -> part.length() + ":" + part).collect(Collectors.joining("|"));
        return Hashing.sha256().hashString(canonical, StandardCharsets.UTF_8).toString();
    }
}
