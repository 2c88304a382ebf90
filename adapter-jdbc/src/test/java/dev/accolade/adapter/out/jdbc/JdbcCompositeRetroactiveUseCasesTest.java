package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.usecase.CompositeRetroactiveUseCasesTest;
import dev.accolade.domain.event.DomainEvent;
import java.util.function.Consumer;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The composite retroactive use-case suite on H2 in memory, H2 in a file and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(JdbcTarget.class)
class JdbcCompositeRetroactiveUseCasesTest extends CompositeRetroactiveUseCasesTest {

    @Parameter
    JdbcTarget target;

    @Override
    protected StorePorts newStore() {
        return target.newStore();
    }

    @Override
    protected void subscribe(StorePorts store, Consumer<DomainEvent> subscriber) {
        ((JdbcStore) store).events().subscribe(subscriber);
    }
}
