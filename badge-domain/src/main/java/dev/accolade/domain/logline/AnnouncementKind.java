package dev.accolade.domain.logline;

/** The kinds of announcement a Minecraft server makes when a player earns something, by the words it uses. */
public enum AnnouncementKind {

    /** Before 1.12: "has just earned the achievement". */
    ACHIEVEMENT("has just earned the achievement"),
    /** Since 1.12: "has made the advancement". */
    ADVANCEMENT("has made the advancement"),
    /** Since 1.12: "has reached the goal". */
    GOAL("has reached the goal"),
    /** Since 1.12: "has completed the challenge". */
    CHALLENGE("has completed the challenge");

    private final String words;

    AnnouncementKind(String words) {
        this.words = words;
    }

    /** The words between the player's name and the bracketed title. */
    public String words() {
        return words;
    }
}
