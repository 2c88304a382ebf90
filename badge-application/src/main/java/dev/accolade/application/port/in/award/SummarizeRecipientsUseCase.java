package dev.accolade.application.port.in.award;

/** Summarises, per recipient and per template, how often and when last an issuer awarded. */
public interface SummarizeRecipientsUseCase {

    /** The summary; {@code issuer_not_found} for an unknown issuer. */
    RecipientSummary summarizeRecipients(SummarizeRecipientsQuery query);
}
