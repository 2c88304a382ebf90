package dev.accolade.application.leaderboard;

/** One subject's rank on an issuer's leaderboard for a period, with its neighbours; anyone may read it. */
public interface GetStandingUseCase {

    /** The subject's standing and those just above and below it: {@code subject_invalid} for a bad key. */
    SubjectStanding getStanding(StandingQuery query);
}
