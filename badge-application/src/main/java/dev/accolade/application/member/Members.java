package dev.accolade.application.member;

/**
 * The member feature: registration and its confirmation, sub-accounts, handles the operator (or a game
 * server's issuer) links to members, and reading members by id or by an identity they claimed.
 */
public interface Members extends RegisterMemberUseCase, ConfirmRegistrationUseCase, IssueConfirmationTokenUseCase,
        CreateSubAccountUseCase, ClaimIdentityUseCase, GetMemberUseCase, FindMemberUseCase {
}
