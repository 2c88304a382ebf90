package dev.accolade.application.issuer;

/** The issuer feature: issuers made by the operator or a member, a member's personal issuer, and reading them. */
public interface Issuers extends CreateIssuerUseCase, OpenPersonalIssuerUseCase, GetIssuerUseCase, ListIssuersUseCase {
}
