package dev.migrate.sample.database;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A {@code DATABASE_URL} as hosting platforms give it, {@code postgres://user:secret@host:5432/app},
 * split into what JDBC wants: a {@code jdbc:postgresql:} URL without the credentials, the user and the
 * password.
 *
 * @param jdbcUrl  the JDBC URL, query parameters kept
 * @param user     the user, or {@code null}
 * @param password the password, or {@code null}
 */
record DatabaseUrl(String jdbcUrl, String user, String password) {

    /** Whether {@code url} is in the {@code postgres://} (or {@code postgresql://}) form that {@link #parse} reads. */
    static boolean isPostgresUri(String url) {
        String lower = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgres://") || lower.startsWith("postgresql://");
    }

    /**
     * Reads a {@code postgres://[user[:password]@]host[:port]/database[?params]} URL.
     *
     * @throws IllegalArgumentException when it is not one; the message never shows the password
     */
    static DatabaseUrl parse(String url) {
        if (!isPostgresUri(url)) {
            throw new IllegalArgumentException("DATABASE_URL must start with postgres:// or postgresql:// "
                    + "(or be a jdbc:postgresql: URL)");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("DATABASE_URL is not a valid URL at index " + e.getIndex()
                    + "; write it as postgres://user:password@host:5432/database (percent-encode special characters)");
        }
        if (uri.getHost() == null || uri.getRawPath() == null || uri.getRawPath().length() <= 1) {
            throw new IllegalArgumentException("DATABASE_URL needs a host and a database name, as in "
                    + "postgres://user:password@host:5432/database");
        }
        String user = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        String jdbcUrl = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new DatabaseUrl(jdbcUrl, user, password);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + jdbcUrl + ", user=" + user + (password == null ? "" : ", password=****") + "]";
    }
}
