package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.EventPublisherContract;
import dev.accolade.domain.event.DomainEvent;
import java.util.function.Consumer;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The event publisher contract on H2 in memory, H2 in a file and PostgreSQL; events go out as a unit commits. */
@ParameterizedClass(name = "{0}")
@EnumSource(JdbcTarget.class)
class JdbcEventPublisherContractTest extends EventPublisherContract {

    @Parameter
    JdbcTarget target;

    @Override
    protected StorePorts newStore() {
        return target.newStore();
    }

    @Override
    protected void subscribe(StorePorts subscribed, Consumer<DomainEvent> subscriber) {
        ((JdbcStore) subscribed).events().subscribe(subscriber);
    }
}
