package dev.accolade.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.testdata.TestData;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database made by the first migration, given rows and then upgraded, matches one made by every
 * migration at once, column for column, key for key and check for check, and keeps its rows, with what
 * the later migrations derive from them filled in: an outbox row from before webhooks, for one, still
 * reports its offer and counts its retries from when it was written.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(value = JdbcTarget.class, names = {"H2_MEMORY", "POSTGRESQL"})
class MigrationTest {

    @Parameter
    JdbcTarget target;

    @Test
    void anUpgradedDatabaseMatchesAFreshOneAndKeepsItsRows() {
        try (HikariDataSource upgraded = pool(target, "upgraded");
                HikariDataSource fresh = pool(target, "fresh")) {
            Migrations upgrades = new Migrations(upgraded, target.dialect());
            assertThat(upgrades.migrateTo("1")).isEqualTo(1);
            new Migrations(fresh, target.dialect()).migrate();
            SampleData rows = SampleData.writeTo(JdbcStore.on(fresh, target.dialect()));
            OlderRows.copy(fresh, upgraded);

            assertThat(upgrades.migrate()).as("migrations after the first").isPositive();

            SchemaSnapshot before = SchemaSnapshot.of(upgraded);
            SchemaSnapshot after = SchemaSnapshot.of(fresh);
            assertThat(before.appliedVersions()).isEqualTo(after.appliedVersions());
            assertThat(before.facts()).containsExactlyElementsOf(after.facts());
            rows.assertReadBackFrom(JdbcStore.on(upgraded, target.dialect()));
            rows.assertCredentialsMinted(JdbcStore.on(upgraded, target.dialect()));
            rows.assertFoundByTitle(JdbcStore.on(upgraded, target.dialect()));
        }
    }

    @Test
    void theComparisonSeesWhatTheLaterMigrationsAdd() {
        try (HikariDataSource first = pool(target, "first");
                HikariDataSource latest = pool(target, "latest")) {
            new Migrations(first, target.dialect()).migrateTo("1");
            new Migrations(latest, target.dialect()).migrate();

            SchemaSnapshot atFirst = SchemaSnapshot.of(first);
            SchemaSnapshot atLatest = SchemaSnapshot.of(latest);
            assertThat(atFirst.appliedVersions()).containsExactly("1");
            assertThat(atLatest.facts()).anyMatch(fact -> fact.startsWith("column award #"))
                    .anyMatch(fact -> fact.startsWith("index award ix_award_holder_awarded "))
                    .anyMatch(fact -> fact.startsWith("foreign key award fk_award_holder -> member "))
                    .anyMatch(fact -> fact.startsWith("primary key award "))
                    .anyMatch(fact -> fact.startsWith("check template_category ck_template_category_revision "))
                    .anyMatch(fact -> fact.startsWith("check award ck_award_exclusivity "))
                    .anyMatch(fact -> fact.startsWith("sequence accolade_id "));
            assertThat(atFirst.facts()).isNotEqualTo(atLatest.facts())
                    .noneMatch(fact -> fact.startsWith("check award ck_award_exclusivity "));
        }
    }

    @Test
    void aDeliveryWrittenBeforeWebhooksStillReportsItsOfferAndRetriesFromWhenItWasWritten() {
        try (HikariDataSource upgraded = pool(target, "outbox");
                HikariDataSource fresh = pool(target, "webhooks")) {
            Migrations upgrades = new Migrations(upgraded, target.dialect());
            upgrades.migrateTo("9");
            new Migrations(fresh, target.dialect()).migrate();
            Delivery retried = Delivery.pending(TestData.nextId(),
                    new DeliverySource.Callback(new OfferId(TestData.nextId())),
                    new WebUrl("https://receiver.example/cb"), "{}", TestData.T0)
                    .retryAt(TestData.T0.plusSeconds(40), "HTTP 503");
            JdbcStore writer = JdbcStore.on(fresh, target.dialect());
            writer.transactions().inTransaction(() -> {
                writer.deliveries().insert(retried);
                return null;
            });
            OlderRows.copy(fresh, upgraded);

            assertThat(upgrades.migrate()).as("migrations after the outbox").isPositive();

            JdbcStore store = JdbcStore.on(upgraded, target.dialect());
            assertThat(store.transactions().readOnly(() -> store.deliveries().findById(retried.id())))
                    .contains(retried);
            assertThat(retried.retryFrom()).isEqualTo(TestData.T0);
        }
    }

    @Test
    void onlyADatabaseAtTheNewestVersionSkipsFlywayAndOneBehindOrAheadIsNotTakenForCurrent() throws Exception {
        try (HikariDataSource database = pool(target, "currency")) {
            Migrations migrations = new Migrations(database, target.dialect());
            assertThat(SchemaCurrency.isCurrent(database, Migrations.javaMigrations())).as("no history yet").isFalse();
            migrations.migrateTo("30");
            assertThat(SchemaCurrency.isCurrent(database, Migrations.javaMigrations())).as("behind").isFalse();
            assertThat(migrations.migrate()).as("a database behind is still migrated").isPositive();
            assertThat(SchemaCurrency.isCurrent(database, Migrations.javaMigrations())).as("at the newest").isTrue();
            assertThat(migrations.migrate()).isZero();

            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\","
                        + " \"description\", \"type\", \"script\", \"installed_by\", \"execution_time\","
                        + " \"success\") values (9999, '9999', 'from a newer build', 'SQL', 'V9999__newer.sql',"
                        + " 'test', 0, true)");
            }
            assertThat(SchemaCurrency.isCurrent(database, Migrations.javaMigrations())).as("ahead").isFalse();
        }
    }

    /** A small pool on a new, separate database of the target's kind. */
    private static HikariDataSource pool(JdbcTarget target, String name) {
        return ConnectionPools.open(target.freshSettings().withPoolSize(2), name + "-" + target.name());
    }
}
