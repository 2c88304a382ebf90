package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.OfferRepositoryContract;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The offer repository contract on H2 in memory, H2 in a file and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(JdbcTarget.class)
class JdbcOfferRepositoryContractTest extends OfferRepositoryContract {

    @Parameter
    JdbcTarget target;

    @Override
    protected StorePorts newStore() {
        return target.newStore();
    }
}
