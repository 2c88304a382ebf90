package dev.accolade.application.showcase;

/** Lets a member hide one of their awards from their public profile, or show it again. */
public interface HideAwardUseCase {

    /**
     * Hides or shows the award; only its holder may, anyone else gets {@code credential_not_found}. The award
     * itself stays as it was: its page and credentials still answer whoever has their link.
     */
    void hideAward(HideAwardCommand command);
}
