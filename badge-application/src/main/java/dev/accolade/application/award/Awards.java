package dev.accolade.application.award;

/**
 * The award feature: awarding a template (by id, to many recipients at once, or, for services that name
 * badges, by title), reading one award, marking it viewed, and revoking awards.
 */
public interface Awards extends AwardUseCase, BulkAwardUseCase, AwardByNameUseCase, GetAwardUseCase,
        MarkAwardViewedUseCase, RevokeAwardUseCase, RevokeByNameUseCase {
}
