package dev.accolade.application.port.out.content;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.AssetLocation;
import dev.accolade.domain.common.Content;
import dev.accolade.domain.common.Ids;
import java.time.Instant;

/**
 * Uploaded content the server keeps and serves back, addressed as {@code blob:<id>}.
 *
 * @param id the blob's id
 * @param content the checked content with its format
 * @param createdAt when it was stored
 */
public record StoredBlob(long id, Content content, Instant createdAt) {

    /** Checks every part. */
    public StoredBlob {
        Ids.check(id, "id");
        requireNonNull(content, "content");
        requireNonNull(createdAt, "createdAt");
    }

    /** The location templates and members refer to it by. */
    public AssetLocation location() {
        return new AssetLocation("blob:" + id);
    }
}
