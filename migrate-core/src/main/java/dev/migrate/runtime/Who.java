package dev.migrate.runtime;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.SQLException;

/** Who runs a migration: the database user and the host name of this machine. */
final class Who {

    private static volatile String host;

    private Who() {
    }

    static String user(Connection connection) {
        try {
            return connection.getMetaData().getUserName();
        } catch (SQLException e) {
            return null;
        }
    }

    static String host() {
        String h = host;
        if (h == null) {
            h = System.getenv("HOSTNAME");
            if (h == null || h.isBlank()) {
                try {
                    h = InetAddress.getLocalHost().getHostName();
                } catch (Exception e) {
                    h = "unknown";
                }
            }
            host = h;
        }
        return h;
    }
}
