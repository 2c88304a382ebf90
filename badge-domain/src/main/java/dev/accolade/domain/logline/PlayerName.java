package dev.accolade.domain.logline;

import dev.accolade.domain.common.Check;
import java.util.regex.Pattern;

/**
 * A Minecraft player's name as the game allows it: 3 to 16 of {@code A-Z a-z 0-9 _}.
 *
 * @param value the name, exactly as the server wrote it
 */
public record PlayerName(String value) {

    /** The characters and lengths the game allows. */
    public static final Pattern RULE = Pattern.compile("[A-Za-z0-9_]{3,16}");

    /** Checks the name follows the game's rules. */
    public PlayerName {
        Check.required(value, "player");
        if (!RULE.matcher(value).matches()) {
            throw Check.invalid("player", "must be 3 to 16 letters, digits or underscores");
        }
    }
}
