package dev.accolade.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which database a URL names, the durability settings an H2 file gets, and URLs kept out of logs. */
class JdbcSettingsTest {

    @Test
    void the_dialect_follows_the_url() {
        assertThat(JdbcSettings.of("jdbc:h2:file:./data/accolade").dialect()).isEqualTo(JdbcDialect.H2);
        assertThat(JdbcSettings.of("JDBC:H2:mem:x").dialect()).isEqualTo(JdbcDialect.H2);
        assertThat(JdbcSettings.of("jdbc:postgresql://db:5432/accolade").dialect()).isEqualTo(JdbcDialect.POSTGRESQL);
    }

    @Test
    void other_databases_are_refused_without_echoing_a_password() {
        assertThatThrownBy(() -> JdbcSettings.of("jdbc:mysql://db/accolade?password=hunter2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:mysql://db/accolade")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void an_h2_file_database_gets_the_settings_that_keep_every_commit_across_a_process_kill() {
        assertThat(JdbcSettings.of(JdbcSettings.DEFAULT_URL).effectiveUrl())
                .isEqualTo("jdbc:h2:file:./data/accolade;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void settings_the_url_gives_itself_are_kept() {
        assertThat(JdbcSettings.of("jdbc:h2:file:/srv/a;write_delay=100;DB_CLOSE_ON_EXIT=TRUE").effectiveUrl())
                .isEqualTo("jdbc:h2:file:/srv/a;write_delay=100;DB_CLOSE_ON_EXIT=TRUE");
    }

    @Test
    void in_memory_h2_and_postgresql_urls_are_used_as_given() {
        assertThat(JdbcSettings.of("jdbc:h2:mem:test").effectiveUrl()).isEqualTo("jdbc:h2:mem:test");
        assertThat(JdbcSettings.of("jdbc:postgresql://db/a").effectiveUrl()).isEqualTo("jdbc:postgresql://db/a");
    }

    @Test
    void passwords_in_urls_and_accounts_never_show_in_the_text_of_the_settings() {
        JdbcSettings settings = JdbcSettings.of("jdbc:postgresql://db/a?user=u&password=hunter2&ssl=true")
                .withAccount("accolade", "s3cret");

        assertThat(settings.toString()).doesNotContain("hunter2").doesNotContain("s3cret")
                .contains("password=***&ssl=true");
    }

    @Test
    void a_pool_needs_a_connection() {
        assertThatThrownBy(() -> JdbcSettings.of("jdbc:h2:mem:x").withPoolSize(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void h2_is_refused_where_another_process_could_write_to_the_same_database() {
        assertThatThrownBy(() -> JdbcSettings.of("jdbc:h2:tcp://db/~/accolade")).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("embedded only");
        assertThatThrownBy(() -> JdbcSettings.of("jdbc:h2:file:./data/accolade;AUTO_SERVER=TRUE"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use PostgreSQL");
    }
}
