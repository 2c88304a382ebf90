package dev.accolade.application.achievement;

/**
 * The achievements feature: lists of what identities received or gave, awards and offers listed
 * together, and an issuer's badge wall.
 */
public interface Achievements extends FindAchievementsUseCase, FindGrantsUseCase, SummarizeRecipientsUseCase {
}
