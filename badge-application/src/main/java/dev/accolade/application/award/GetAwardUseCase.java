package dev.accolade.application.award;

/** Reads an award: its issuer, its holder and the operator may. */
public interface GetAwardUseCase {

    /** The award with its template, or {@code award_not_found}. */
    AwardView getAward(AwardReference query);
}
