package dev.migrate.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedUrlTest {

    @Test
    void masksThePasswordOfUserInfo() {
        assertThat(MaskedUrl.mask("jdbc:postgresql://bob:s3cret@db.example:5432/app?ssl=true"))
                .isEqualTo("jdbc:postgresql://bob:****@db.example:5432/app?ssl=true");
        assertThat(MaskedUrl.mask("jdbc:mysql://bob:p@ss@host/db")).isEqualTo("jdbc:mysql://bob:****@host/db");
    }

    @Test
    void masksPasswordParameters() {
        assertThat(MaskedUrl.mask("jdbc:postgresql://h/db?user=bob&password=s3cret&sslpassword=k&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=bob&password=****&sslpassword=****&ssl=true");
        assertThat(MaskedUrl.mask("jdbc:sqlserver://h:1433;databaseName=app;user=bob;Password=s3cret;encrypt=true"))
                .isEqualTo("jdbc:sqlserver://h:1433;databaseName=app;user=bob;Password=****;encrypt=true");
        assertThat(MaskedUrl.mask("jdbc:odbc:x?PWD=abc")).isEqualTo("jdbc:odbc:x?PWD=****");
    }

    @Test
    void masksOracleThinCredentials() {
        assertThat(MaskedUrl.mask("jdbc:oracle:thin:scott/tiger@//db:1521/orcl"))
                .isEqualTo("jdbc:oracle:thin:scott/****@//db:1521/orcl");
    }

    @Test
    void leavesUrlsWithoutPasswordsAlone() {
        for (String url : new String[] {"jdbc:sqlite:/tmp/app.db", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres",
                "jdbc:postgresql://bob@h/db", "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1", "jdbc:postgresql://h/db?password="}) {
            assertThat(MaskedUrl.mask(url)).isEqualTo(url);
        }
        assertThat(MaskedUrl.mask(null)).isNull();
    }
}
