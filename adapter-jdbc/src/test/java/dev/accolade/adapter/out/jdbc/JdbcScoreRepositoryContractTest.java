package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.ScoreRepositoryContract;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The score repository contract on H2 in memory, H2 in a file and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(JdbcTarget.class)
class JdbcScoreRepositoryContractTest extends ScoreRepositoryContract {

    @Parameter
    JdbcTarget target;

    @Override
    protected StorePorts newStore() {
        return target.newStore();
    }
}
