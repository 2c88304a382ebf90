package dev.accolade.application.offer;

/**
 * The offer feature: awards waiting for their recipients, who accept or reject them; the issuer
 * reads and cancels its own.
 */
public interface Offers extends AcceptOfferUseCase, RejectOfferUseCase, CancelOfferUseCase, GetOfferUseCase,
        FindIssuerOffersUseCase, FindRecipientOffersUseCase {
}
