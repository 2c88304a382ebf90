package dev.accolade.application.achievement;

/** Summarises, per recipient and per template, how often and when last an issuer awarded. */
public interface SummarizeRecipientsUseCase {

    /**
     * The summary; {@code issuer_not_found} for an unknown issuer, {@code recipient_not_public} when
     * someone other than the issuer names an email address or member id.
     */
    RecipientSummary summarizeRecipients(SummarizeRecipientsQuery query);
}
