package dev.migrate.sample.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void splitsAPlatformUrlIntoJdbcUrlUserAndPassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://app:s3cr%40t@db.example.com:6543/devices?sslmode=require");
        assertThat(url).isEqualTo(new DatabaseUrl("jdbc:postgresql://db.example.com:6543/devices?sslmode=require",
                "app", "s3cr@t"));
        assertThat(url.toString()).doesNotContain("s3cr");
    }

    @Test
    void readsThePostgresqlSchemeWithoutPortOrCredentials() {
        assertThat(DatabaseUrl.parse("postgresql://localhost/sample"))
                .isEqualTo(new DatabaseUrl("jdbc:postgresql://localhost/sample", null, null));
        assertThat(DatabaseUrl.parse("postgres://only-user@localhost/sample").user()).isEqualTo("only-user");
    }

    @Test
    void tellsWhichUrlsItReads() {
        assertThat(DatabaseUrl.isPostgresUri("postgres://h/d")).isTrue();
        assertThat(DatabaseUrl.isPostgresUri("PostgreSQL://h/d")).isTrue();
        assertThat(DatabaseUrl.isPostgresUri("jdbc:postgresql://h/d")).isFalse();
        assertThat(DatabaseUrl.isPostgresUri(null)).isFalse();
    }

    @Test
    void refusesUrlsWithoutDatabaseAndNeverShowsThePassword() {
        assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse("postgres://u:hidden@host"))
                .withMessage("DATABASE_URL needs a host and a database name, as in "
                        + "postgres://user:password@host:5432/database");
        assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse("postgres://u:hid den@host/db"))
                .withMessage("DATABASE_URL is not a valid URL at index 11; write it as "
                        + "postgres://user:password@host:5432/database (percent-encode special characters)");
        assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse("mysql://u@h/d"))
                .withMessage("DATABASE_URL must start with postgres:// or postgresql:// (or be a jdbc:postgresql: URL)");
    }
}
