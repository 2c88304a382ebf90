package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import dev.accolade.application.port.in.EvidenceInput;
import dev.accolade.application.port.in.award.AwardCommand;
import dev.accolade.application.port.in.award.AwardUseCase;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.IdempotencyRecord;
import dev.accolade.application.port.out.IdempotencyRecord.OutcomeKind;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.template.Template;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Awards templates. Under an idempotency key the first outcome is recorded in the same transaction,
 * and a retry gets it back; when two calls race, the store's unique constraints let one win and the
 * other is run again, so it finds the winner's result.
 */
public final class AwardService implements AwardUseCase {

    /** How often a call that lost a race on a unique constraint runs again. */
    static final int ATTEMPTS = 3;

    private final StorePorts store;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final TemplateLookup lookup;
    private final Granting granting;

    AwardService(StorePorts store, ClockPort clock, CommandValidator validator, TemplateLookup lookup,
            Granting granting) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.lookup = requireNonNull(lookup, "lookup");
        this.granting = requireNonNull(granting, "granting");
    }

    @Override
    public AwardOutcome award(AwardCommand command) {
        validator.validate(command);
        Evidence evidence = EvidenceInput.toEvidence(command.evidence());
        Optional<WebUrl> callback = Optional.ofNullable(command.callbackUrl()).filter(url -> !url.isBlank())
                .map(url -> WebUrl.of(url, "callback_url"));
        Optional<Instant> expiresAt = Optional.ofNullable(command.expiresAt());
        String fingerprint = fingerprint(command, evidence, callback);
        callback.ifPresent(url -> granting.checkCallback(
                store.transactions().readOnly(() -> lookup.own(command.actor(), command.template())), url));
        for (int attempt = 1;; attempt++) {
            try {
                return store.transactions().inTransaction(() -> {
                    Template template = lookup.own(command.actor(), command.template());
                    Optional<IdempotencyRecord> earlier = Optional.ofNullable(command.idempotencyKey())
                            .flatMap(key -> store.idempotency().find(template.issuer(), key));
                    if (earlier.isPresent()) {
                        return replay(earlier.get(), fingerprint);
                    }
                    AwardOutcome outcome = granting.awardOrOffer(template, command.recipient(),
                            Optional.ofNullable(command.recipientName()), evidence, expiresAt, callback);
                    if (command.idempotencyKey() != null) {
                        store.idempotency().insert(record(template, command.idempotencyKey(), fingerprint, outcome));
                    }
                    return outcome;
                });
            } catch (UniqueConstraintViolation lostRace) {
                if (attempt >= ATTEMPTS) {
                    throw lostRace;
                }
            }
        }
    }

    private AwardOutcome replay(IdempotencyRecord earlier, String fingerprint) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw DomainException.conflict("idempotency_key_reused",
                    "The idempotency key was already used with a different request.");
        }
        DomainException gone = DomainException.notFound("award_not_found",
                "What the idempotency key first produced no longer exists.");
        switch (earlier.outcome()) {
            case AWARDED:
                return new AwardOutcome.Awarded(store.awards().findById(new AwardId(earlier.outcomeId()))
                        .orElseThrow(() -> gone));
            case OFFERED:
                return new AwardOutcome.Offered(store.offers().findById(new OfferId(earlier.outcomeId()))
                        .orElseThrow(() -> gone));
            default:
                return new AwardOutcome.AlreadyAwarded(store.awards().findById(new AwardId(earlier.outcomeId()))
                        .orElseThrow(() -> gone));
        }
    }

    private IdempotencyRecord record(Template template, String key, String fingerprint, AwardOutcome outcome) {
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
        return new IdempotencyRecord(template.issuer(), key, fingerprint, kind, id, clock.now());
    }

    /**
     * The SHA-256 of everything the command asks for, each part length-prefixed so none can bleed into another.
     * The recipient's name comes last and only when given, so a command without one keeps the fingerprint
     * it had before names were kept, and a retry across an upgrade still matches.
     */
    private static String fingerprint(AwardCommand command, Evidence evidence, Optional<WebUrl> callback) {
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
