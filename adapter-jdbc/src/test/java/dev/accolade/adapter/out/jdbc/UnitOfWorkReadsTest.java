package dev.accolade.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerProfile;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateDetails;
import dev.accolade.domain.testdata.TestData;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A unit of work reads a template or an issuer by id once: a second read in the same unit runs no statement,
 * a write in the unit is seen by the next read, and the next unit reads afresh.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(value = JdbcTarget.class, names = {"H2_MEMORY", "POSTGRESQL"})
class UnitOfWorkReadsTest {

    @Parameter
    JdbcTarget target;

    @Test
    void aSecondReadByIdInOneUnitRunsNoStatementAndAWriteIsSeenByTheNext() {
        AtomicInteger statements = new AtomicInteger();
        try (HikariDataSource pool = ConnectionPools.open(target.freshSettings().withPoolSize(2), "unit-reads")) {
            new Migrations(pool, target.dialect()).migrate();
            JdbcStore store = JdbcStore.on(pool, target.dialect(), jdbi -> jdbi.getConfig(SqlStatements.class)
                    .setSqlLogger(new SqlLogger() {
                        @Override
                        public void logAfterExecution(StatementContext context) {
                            statements.incrementAndGet();
                        }
                    }));
            Issuer issuer = TestData.issuer();
            Template template = TestData.draft(issuer.id());
            store.transactions().inTransaction(() -> {
                store.issuers().insert(issuer);
                store.templates().insert(template);
                return null;
            });

            Template edited = template.edit(TemplateDetails.titled("Edited").build(), TestData.T0);
            Issuer moved = issuer.withProfile(new IssuerProfile(issuer.profile().url(), issuer.profile().email(),
                    issuer.profile().image(), issuer.profile().description(), ZoneId.of("Europe/Paris")));
            store.transactions().inTransaction(() -> {
                int before = statements.get();
                assertThat(store.templates().findById(template.id())).isPresent();
                assertThat(store.issuers().findById(issuer.id())).isPresent();
                assertThat(store.templates().findById(template.id())).isPresent();
                assertThat(store.issuers().findById(issuer.id())).isPresent();
                assertThat(statements.get() - before).as("statements for four reads of two rows").isEqualTo(2);

                store.templates().update(edited);
                store.issuers().updateProfile(moved);
                assertThat(store.templates().findById(template.id()).orElseThrow().details().title())
                        .isEqualTo("Edited");
                assertThat(store.issuers().findById(issuer.id()).orElseThrow().profile().timeZone())
                        .isEqualTo(ZoneId.of("Europe/Paris"));
                return null;
            });
            int before = statements.get();
            store.transactions().readOnly(() -> store.templates().findById(template.id()));
            assertThat(statements.get() - before).as("a new unit reads afresh").isPositive();
        }
    }
}
