package dev.migrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Starts the packaged programs as separate JVMs: the shaded CLI ({@code migrate-cli/target/migrate.jar}) and the
 * sample app ({@code sample-app/target/sample-app.jar}, extracted once with Spring Boot's {@code jarmode=tools} so
 * that each start reads plain jars). Small JVM flags keep starts cheap on a 2-core machine.
 */
final class Jvm {

    /** Flags for short-lived test JVMs: C1 only, class data sharing when available, a small heap. */
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:+UseSerialGC",
            "-Xmx256m", "-Xss512k");

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Path extractedSample;

    private Jvm() {
    }

    static Path cliJar() {
        return file("migrate.jar", "build it with ./mvnw -pl migrate-cli -am package");
    }

    static Path sampleJar() {
        return file("sample.jar", "build it with ./mvnw -pl sample-app -am package");
    }

    private static Path file(String property, String hint) {
        String value = System.getProperty(property);
        assertThat(value).as("system property " + property + " (set by failsafe in migrate-reliability/pom.xml)")
                .isNotNull();
        Path path = Path.of(value).toAbsolutePath().normalize();
        assertThat(path).as(path + ": " + hint).isRegularFile();
        return path;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A CLI run: {@code java -jar migrate.jar args...} in {@code dir}. */
    static Started cli(Path dir, List<String> args) {
        return cli(dir, Map.of(), args);
    }

    /** A CLI run with environment variables added. */
    static Started cli(Path dir, Map<String, String> env, List<String> args) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(FLAGS);
        command.addAll(List.of("-jar", cliJar().toString()));
        command.addAll(args);
        return start("cli", dir, env, command);
    }

    /** The sample app on a random port with {@code args} ({@code --key=value}). */
    static Started sample(Path dir, List<String> args) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(FLAGS);
        command.addAll(List.of("-jar", extractedSample().toString(), "--server.port=0"));
        command.addAll(args);
        return start("sample", dir, Map.of(), command);
    }

    private static Started start(String kind, Path dir, Map<String, String> env, List<String> command) {
        int n = COUNTER.incrementAndGet();
        Path out = dir.resolve(kind + "-" + n + ".out");
        Path err = dir.resolve(kind + "-" + n + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().putAll(env);
        try {
            return new Started(kind + "-" + n, builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample app's jar extracted next to the build's other outputs, once per test JVM and jar. */
    static synchronized Path extractedSample() {
        if (extractedSample != null) {
            return extractedSample;
        }
        Path jar = sampleJar();
        Path target = Path.of(System.getProperty("work.dir", "target/reliability-work")).resolve("sample-app");
        Path launcher = target.resolve("sample-app.jar");
        try {
            FileTime built = Files.getLastModifiedTime(jar);
            if (!Files.isRegularFile(launcher) || Files.getLastModifiedTime(launcher).compareTo(built) < 0) {
                Files.createDirectories(target);
                Process p = new ProcessBuilder(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
                        "--force", "--destination", target.toString()).redirectErrorStream(true).start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("extracting " + jar).isTrue();
                assertThat(p.exitValue()).as("extracting " + jar + ":\n" + output).isZero();
                Files.setLastModifiedTime(launcher, FileTime.fromMillis(System.currentTimeMillis()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        extractedSample = launcher;
        return launcher;
    }

    /** A started JVM with its output files. */
    record Started(String name, Process process, Path out, Path err) {

        /** Waits for the end; kills the process and fails when it takes longer than {@code limit}. */
        int waitFor(Duration limit) {
            try {
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(name + " did not finish in " + limit + "\n" + this);
                }
                return process.exitValue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Waits until standard output contains {@code text}; false when the process ended or the time ran out. */
        boolean awaitOutput(String text, Duration limit) {
            return awaitOutput(Pattern.compile(Pattern.quote(text)), limit);
        }

        /** Waits until standard output matches {@code pattern}; false when the process ended or the time ran out. */
        boolean awaitOutput(Pattern pattern, Duration limit) {
            long deadline = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < deadline) {
                if (pattern.matcher(stdout()).find()) {
                    return true;
                }
                if (!process.isAlive()) {
                    return pattern.matcher(stdout()).find();
                }
                sleep(50);
            }
            return false;
        }

        /** Stops the process (SIGTERM, then SIGKILL after 20 s) and waits for it. */
        void stop() {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** {@code kill -9}: the JVM gets no chance to run anything. */
        void kill() {
            process.destroyForcibly();
            try {
                assertThat(process.waitFor(20, TimeUnit.SECONDS)).as(name + " killed").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        String stdout() {
            return read(out);
        }

        String stderr() {
            return read(err);
        }

        private static String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name + (process.isAlive() ? " (running)" : " (exit " + process.exitValue() + ")")
                    + "\n--- out ---\n" + tail(stdout()) + "\n--- err ---\n" + tail(stderr());
        }

        private static String tail(String text) {
            return text.length() <= 6000 ? text : "..." + text.substring(text.length() - 6000);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
