package dev.accolade.application.award;

/**
 * The award feature: awarding a template (by id or, for services that name badges, by title), reading
 * one award, marking it viewed, and revoking awards.
 */
public interface Awards extends AwardUseCase, AwardByNameUseCase, GetAwardUseCase, MarkAwardViewedUseCase,
        RevokeAwardUseCase, RevokeByNameUseCase {
}
