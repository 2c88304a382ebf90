package dev.accolade.application.credential;

import dev.accolade.domain.common.PublicId;

/** Reads an award's badge image with its credential baked in. */
public interface GetBakedBadgeUseCase {

    /**
     * The baked image; an Open Badges 2.0 one is gone once the award is revoked, as its Assertion is;
     * {@code credential_not_found}.
     */
    PublicDocument bakedBadge(PublicId award, BakedKind kind);
}
