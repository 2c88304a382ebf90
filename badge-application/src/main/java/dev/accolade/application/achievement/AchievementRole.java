package dev.accolade.application.achievement;

/** Which side of an award the owner identity is on. */
public enum AchievementRole {
    /** Awards the owner received. */
    RECEIVED,
    /** Awards the owner gave, through the issuers it owns. */
    AWARDED
}
