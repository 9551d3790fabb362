package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DialectTest {

    @Test
    void findsTheDialectOfAJdbcUrl() {
        assertThat(Dialect.forJdbcUrl("jdbc:postgresql://127.0.0.1:5432/app?user=app").name()).isEqualTo("postgresql");
        assertThat(Dialect.forJdbcUrl("JDBC:SQLITE:data/app.db").name()).isEqualTo("sqlite");
    }

    @Test
    void anUnsupportedUrlIsNamedWithoutItsPassword() {
        assertThatThrownBy(() -> Dialect.forJdbcUrl("jdbc:mysql://db:3306/app?user=root&password=s3cret"))
                .isInstanceOf(DialectException.class)
                .hasMessage("No dialect for JDBC URL jdbc:mysql://db:3306/app?user=root&password=****; Migrate supports"
                        + " jdbc:postgresql: (PostgreSQL) and jdbc:sqlite: (SQLite)");
        assertThatThrownBy(() -> Dialect.forJdbcUrl("jdbc:oracle:thin:scott/tiger@//db:1521/app"))
                .hasMessageNotContaining("tiger");
        assertThatThrownBy(() -> Dialect.forJdbcUrl("jdbc:h2://admin:hunter2@db/app")).hasMessageNotContaining("hunter2");
    }

    @Test
    void findsADialectByName() {
        assertThat(Dialect.forName("PostgreSQL").name()).isEqualTo("postgresql");
        assertThat(Dialect.forName("postgres").name()).isEqualTo("postgresql");
        assertThat(Dialect.forName("sqlite").name()).isEqualTo("sqlite");
        assertThat(Dialect.names()).containsExactly("postgresql", "sqlite");
        assertThatThrownBy(() -> Dialect.forName("mysql")).isInstanceOf(DialectException.class)
                .hasMessage("Unknown dialect 'mysql'; supported: postgresql, sqlite");
    }

    @Test
    void capabilities() {
        assertThat(Dialect.forName("postgresql").capabilities()).isEqualTo(new Capabilities(true, true, true, true, true, false));
        assertThat(Dialect.forName("sqlite").capabilities()).isEqualTo(new Capabilities(true, false, false, false, false, true));
        assertThat(Dialect.forName("sqlite").transactionalDdl()).isTrue();
    }
}
