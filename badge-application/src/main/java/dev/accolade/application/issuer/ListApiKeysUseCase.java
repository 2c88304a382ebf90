package dev.accolade.application.issuer;

import dev.accolade.domain.issuer.ApiKey;
import java.util.List;

/** Lists an issuer's API keys, oldest first. */
public interface ListApiKeysUseCase {

    /** The keys, revoked ones included. */
    List<ApiKey> listApiKeys(ListApiKeysQuery query);
}
