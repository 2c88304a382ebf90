package dev.accolade.adapter.in.rest.compat.mcserver;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A page of achievements as the specification answers it; the cursor is absent on the last page.
 *
 * @param achievements the page's achievements, newest first
 * @param cursor where the next page starts, or {@code null}
 */
public record McServerAchievementList(List<McServerAchievement> achievements,
        @JsonInclude(JsonInclude.Include.NON_NULL) String cursor) {
}
