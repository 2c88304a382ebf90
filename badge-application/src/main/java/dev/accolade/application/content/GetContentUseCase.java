package dev.accolade.application.content;

import dev.accolade.domain.common.Content;

/** Reads content the server stores (icons, avatars, attachments), which anyone may fetch by its id. */
public interface GetContentUseCase {

    /** The content stored as {@code blob:<id>}, or {@code content_not_found}. */
    Content getContent(long id);
}
