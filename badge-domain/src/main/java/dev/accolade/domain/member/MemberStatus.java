package dev.accolade.domain.member;

/** Whether a member may use the service. */
public enum MemberStatus {
    /** The member may sign in and act. */
    ACTIVE,
    /** The member has been switched off and may not sign in. */
    INACTIVE
}
