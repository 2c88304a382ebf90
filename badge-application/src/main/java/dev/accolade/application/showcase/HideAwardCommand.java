package dev.accolade.application.showcase;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.common.PublicId;
import jakarta.validation.constraints.NotNull;

/**
 * Hide an award from its holder's profile, or show it again.
 *
 * @param actor the signed-in member who holds it
 * @param credential the award's credential id, as its page names it
 * @param hidden whether to hide it ({@code false} shows it again)
 */
public record HideAwardCommand(@NotNull Actor actor, @NotNull PublicId credential, boolean hidden) {
}
