package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.StoreProvider;
import java.util.UUID;

/**
 * The {@code h2} store for {@code Accolade.openStore}: a new, empty H2 database in memory per call, on
 * a pool of two connections, kept until the store is closed ({@link JdbcStore#close()}).
 */
public final class JdbcStoreProvider implements StoreProvider {

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public StorePorts open() {
        return JdbcStore.open(JdbcSettings.of("jdbc:h2:mem:accolade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .withPoolSize(2));
    }
}
