package dev.accolade.application.award;

import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.EvidenceInput;
import dev.accolade.domain.award.RecipientName;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.template.TemplateId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Award a published template to an identity.
 *
 * @param actor who asks: the template's issuer, its owner, or the operator
 * @param template the template
 * @param recipient who receives it
 * @param recipientName the recipient's name to show with the award or offer, possibly absent
 * @param evidence what supports it, possibly absent
 * @param expiresAt when the award expires, possibly never
 * @param callbackUrl where to report the answer when the award becomes an offer, possibly absent
 * @param idempotencyKey a client key: the same key with the same command gives the first outcome again
 */
public record AwardCommand(@NotNull Actor actor, @NotNull TemplateId template, @NotNull Identity recipient,
        RecipientName recipientName, @Valid EvidenceInput evidence, Instant expiresAt,
        @Size(max = WebUrl.MAX_LENGTH) String callbackUrl,
        @Size(min = 1, max = 255) @Pattern(regexp = "[\\x21-\\x7e]+") String idempotencyKey) {

    private static final RecipientName NO_NAME = null;
    private static final EvidenceInput NO_EVIDENCE = null;
    private static final Instant NEVER = null;
    private static final String NO_CALLBACK = null;
    private static final String NO_KEY = null;

    /** A plain award of a template to an identity; the withers below add the rest. */
    public static AwardCommand of(Actor actor, TemplateId template, Identity recipient) {
        return new AwardCommand(actor, template, recipient, NO_NAME, NO_EVIDENCE, NEVER, NO_CALLBACK, NO_KEY);
    }

    /** This award naming its recipient, or not when null. */
    public AwardCommand named(RecipientName name) {
        return new AwardCommand(actor, template, recipient, name, evidence, expiresAt, callbackUrl, idempotencyKey);
    }

    /** This award with evidence, or none when null. */
    public AwardCommand withEvidence(EvidenceInput proof) {
        return new AwardCommand(actor, template, recipient, recipientName, proof, expiresAt, callbackUrl,
                idempotencyKey);
    }

    /** This award expiring at a time, or never when null. */
    public AwardCommand expiringAt(Instant expiry) {
        return new AwardCommand(actor, template, recipient, recipientName, evidence, expiry, callbackUrl,
                idempotencyKey);
    }

    /** This award reporting the answer to a URL when it becomes an offer, or nowhere when null. */
    public AwardCommand callingBack(String url) {
        return new AwardCommand(actor, template, recipient, recipientName, evidence, expiresAt, url, idempotencyKey);
    }

    /** This award under a client's idempotency key, or none when null. */
    public AwardCommand underKey(String key) {
        return new AwardCommand(actor, template, recipient, recipientName, evidence, expiresAt, callbackUrl, key);
    }
}
