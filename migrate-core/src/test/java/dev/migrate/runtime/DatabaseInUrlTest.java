package dev.migrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The database name in the run's log line comes from the JDBC URL when the URL names one. */
class DatabaseInUrlTest {

    @Test
    void readsTheNameFromEveryFormOfPostgresqlUrl() {
        assertThat(Runner.databaseInUrl("jdbc:postgresql://127.0.0.1:5432/shop?user=app&password=x")).isEqualTo("shop");
        assertThat(Runner.databaseInUrl("jdbc:postgresql://db.example.com/shop")).isEqualTo("shop");
        assertThat(Runner.databaseInUrl("jdbc:postgresql://a:5432,b:5433/shop?targetServerType=primary"))
                .isEqualTo("shop");
        assertThat(Runner.databaseInUrl("jdbc:postgresql:shop")).isEqualTo("shop");
    }

    @Test
    void noNameWhenTheUrlNamesNone() {
        assertThat(Runner.databaseInUrl("jdbc:postgresql://127.0.0.1:5432/")).isNull();
        assertThat(Runner.databaseInUrl("jdbc:postgresql://127.0.0.1:5432")).isNull();
        assertThat(Runner.databaseInUrl("jdbc:postgresql://127.0.0.1:5432/?user=app")).isNull();
        assertThat(Runner.databaseInUrl("jdbc:sqlite:/tmp/app.db")).isNull();
        assertThat(Runner.databaseInUrl(null)).isNull();
    }
}
