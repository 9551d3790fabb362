package dev.migrate.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Reads a library's version from the Maven metadata inside its jar. */
final class Versions {

    private Versions() {
    }

    static String of(Class<?> anyClassOfTheJar, String groupId, String artifactId) {
        String resource = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = anyClassOfTheJar.getResourceAsStream(resource)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        String fromManifest = anyClassOfTheJar.getPackage().getImplementationVersion();
        return fromManifest == null ? "unknown" : fromManifest;
    }
}
