package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.BatchWritesContract;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The batch writes contract on H2 in memory, H2 in a file and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(JdbcTarget.class)
class JdbcBatchWritesContractTest extends BatchWritesContract {

    @Parameter
    JdbcTarget target;

    @Override
    protected StorePorts newStore() {
        return target.newStore();
    }
}
