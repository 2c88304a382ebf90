package dev.accolade.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.Accolade;
import dev.accolade.application.issuer.CreateIssuerCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerSlug;
import org.junit.jupiter.api.Test;

/** The {@code h2} store is found through the service loader, and each one opened is a new, empty database. */
class JdbcStoreProviderTest {

    @Test
    void each_h2_store_opened_by_name_is_a_separate_migrated_database() {
        StorePorts first = Accolade.openStore("h2");
        StorePorts second = Accolade.openStore("h2");
        try {
            Issuer created = Accolade.builder().store(first).build().issuers()
                    .createIssuer(new CreateIssuerCommand(Actor.operator(), "guild", "The Guild"));

            assertThat(first.transactions().readOnly(() -> first.issuers().findBySlug(new IssuerSlug("guild"))))
                    .contains(created);
            assertThat(second.transactions().readOnly(() -> second.issuers().findBySlug(new IssuerSlug("guild"))))
                    .isEmpty();
        } finally {
            ((JdbcStore) first).close();
            ((JdbcStore) second).close();
        }
    }
}
