package dev.accolade.application.content;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.common.WebUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Download an image or file that a client names by URL only, for the server to store.
 *
 * @param actor who asks; anyone signed in
 * @param url the http or https URL
 * @param format the declared format ({@code png}, {@code docx} …) the content must have
 * @param maxBytes the largest content accepted
 */
public record FetchContentCommand(@NotNull Actor actor, @NotBlank @Size(max = WebUrl.MAX_LENGTH) String url,
        @NotBlank @Size(max = 10) String format, @Positive int maxBytes) {
}
