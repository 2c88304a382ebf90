package dev.accolade.application.leaderboard;

/** Takes back what expired awards counted, a batch at a time, as a server's background thread does. */
public interface ExpireAwardsUseCase {

    /**
     * Takes back the points and holdings of the awards whose expiry has passed and that still count, at most a
     * batch of them in one unit of work: how many it took back, 0 when none was due.
     */
    int expireAwards();
}
