package dev.accolade.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database made by the first migration, given rows and then upgraded, matches one made by every
 * migration at once, column for column, key for key and check for check, and keeps its rows, with what
 * the later migrations derive from them filled in.
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

    /** A small pool on a new, separate database of the target's kind. */
    private static HikariDataSource pool(JdbcTarget target, String name) {
        return ConnectionPools.open(target.freshSettings().withPoolSize(2), name + "-" + target.name());
    }
}
