package dev.accolade.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** Real-format Minecraft server log lines: every other one an achievement, the rest ordinary chatter. */
final class LogLines {

    private static final String[] SAID = {" has made the advancement [", " has just earned the achievement [",
        " has reached the goal [", " has completed the challenge ["};
    private static final String[] CHATTER = {"[Server thread/INFO]: Saving the game (this may take a moment!)",
        "[Server thread/INFO]: Player%d joined the game", "[User Authenticator #1/INFO]: UUID of player Player%d is "
            + "069a79f4-44e9-4726-a5be-fca90e38aaf5", "[Server thread/INFO]: <Player%d> anyone got iron?"};

    private LogLines() {
    }

    /** The given number of lines, one second apart from midnight on. */
    static List<String> realFormat(int count) {
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int second = i % 86_400;
            String time = String.format("[%02d:%02d:%02d] ", second / 3600, second / 60 % 60, second % 60);
            int player = i % 500;
            String said = "[Server thread/INFO]: Player" + player + SAID[i / 2 % SAID.length] + "Badge " + i % 97 + "]";
            lines.add(time + (i % 2 == 0 ? said : String.format(CHATTER[i / 2 % CHATTER.length], player)));
        }
        return lines;
    }
}
