package dev.accolade.application.member;

/** Issues a new confirmation token for an unconfirmed member; the earlier token stops working. */
public interface IssueConfirmationTokenUseCase {

    /**
     * The member with its new token; {@code member_not_found} for a missing member,
     * {@code member_already_confirmed} once confirmed, {@code operator_required} for anyone but the operator.
     */
    Registration issueConfirmationToken(IssueConfirmationTokenCommand command);
}
