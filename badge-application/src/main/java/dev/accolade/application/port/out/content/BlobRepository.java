package dev.accolade.application.port.out.content;

import java.util.Optional;

/** Stores uploaded content (icons, avatars, attachments) in the same units of work as what refers to it. */
public interface BlobRepository {

    /** Adds new content. */
    void insert(StoredBlob blob);

    /** The content with this id. */
    Optional<StoredBlob> findById(long id);
}
