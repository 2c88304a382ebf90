package dev.accolade.application.issuer;

import dev.accolade.application.paging.Page;
import dev.accolade.domain.issuer.Issuer;

/** Lists the issuers an actor may act as, oldest first. */
public interface ListIssuersUseCase {

    /** One page of issuers. */
    Page<Issuer> listIssuers(ListIssuersQuery query);
}
