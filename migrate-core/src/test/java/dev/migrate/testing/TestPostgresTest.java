package dev.migrate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestPostgresTest {

    @Test
    void createsAFreshDatabaseAndDropsItOnClose() throws Exception {
        String name;
        try (TestDatabase db = TestPostgres.createDatabase(); Connection c = db.connect();
                Statement st = c.createStatement()) {
            name = db.name();
            try (ResultSet rs = st.executeQuery("SELECT current_database()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(name);
            }
        }
        try (TestDatabase other = TestPostgres.createDatabase(); Connection c = other.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void derivesTheUrlOfAnotherDatabaseKeepingParameters() {
        var server = TestPostgres.Server.fromUrl("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        assertThat(server.urlFor("x")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/x?user=postgres");
    }
}
