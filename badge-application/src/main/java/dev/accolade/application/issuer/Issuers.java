package dev.accolade.application.issuer;

/**
 * The issuer feature: issuers made by the operator or a member, a member's personal issuer, and
 * reading them, by anyone or by one who acts for them.
 */
public interface Issuers extends CreateIssuerUseCase, OpenPersonalIssuerUseCase, GetIssuerUseCase,
        GetManagedIssuerUseCase, ListIssuersUseCase, UpdateIssuerProfileUseCase {
}
