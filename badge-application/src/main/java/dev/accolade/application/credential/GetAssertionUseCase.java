package dev.accolade.application.credential;

import dev.accolade.domain.common.PublicId;

/** Reads an award's hosted Open Badges 2.0 Assertion, which anyone holding its URL may fetch. */
public interface GetAssertionUseCase {

    /** The Assertion; gone, with the reason, once the award is revoked; {@code credential_not_found}. */
    PublicDocument assertion(PublicId award);
}
