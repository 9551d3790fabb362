package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void jdbcUrlsAreTakenAsTheyAre() {
        assertThat(DatabaseUrl.parse(" jdbc:sqlite:app.db ", "--url"))
                .isEqualTo(new DatabaseUrl("jdbc:sqlite:app.db", null, null));
        assertThat(DatabaseUrl.parse("JDBC:postgresql://h/db?user=u", "--url"))
                .isEqualTo(new DatabaseUrl("JDBC:postgresql://h/db?user=u", null, null));
    }

    @Test
    void herokuUrlsBecomeJdbcUrlsWithTheCredentialsTakenOut() {
        assertThat(DatabaseUrl.parse("postgres://app:s3cr%40t@db.example.com:5433/shop?sslmode=require", "DATABASE_URL"))
                .isEqualTo(new DatabaseUrl("jdbc:postgresql://db.example.com:5433/shop?sslmode=require", "app", "s3cr@t"));
        assertThat(DatabaseUrl.parse("postgresql://localhost/db", "DATABASE_URL"))
                .isEqualTo(new DatabaseUrl("jdbc:postgresql://localhost/db", null, null));
        assertThat(DatabaseUrl.parse("postgres://app@[::1]:5432/db", "DATABASE_URL"))
                .isEqualTo(new DatabaseUrl("jdbc:postgresql://[::1]:5432/db", "app", null));
        assertThat(DatabaseUrl.parse("postgres://a+b:p+q@h", "DATABASE_URL"))
                .isEqualTo(new DatabaseUrl("jdbc:postgresql://h/", "a+b", "p+q"));
    }

    @Test
    void otherUrlsAreRefusedWithoutShowingThem() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:hunter2@h/db", "DATABASE_URL"))
                .isInstanceOf(UsageException.class)
                .hasMessage("DATABASE_URL is not a database URL Migrate understands (scheme 'mysql'): give a JDBC URL "
                        + "such as jdbc:postgresql://host:5432/db or jdbc:sqlite:app.db, or "
                        + "postgres://user:password@host:5432/db");
        assertThatThrownBy(() -> DatabaseUrl.parse("app.db", "--url"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--url is not a database URL Migrate understands: give a JDBC URL such as "
                        + "jdbc:postgresql://host:5432/db or jdbc:sqlite:app.db, or postgres://user:password@host:5432/db");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u:hunter2@/db", "DATABASE_URL"))
                .isInstanceOf(UsageException.class)
                .hasMessage("DATABASE_URL has no host: postgres://u:****@/db; write it as "
                        + "postgres://user:password@host:5432/database");
    }
}
