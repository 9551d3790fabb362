package dev.migrate.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes new migration scripts: a SQL file {@code <id>_<slug>.sql} or a Java migration class, from a template,
 * with empty bodies (the {@code revision} command) or bodies rendered elsewhere (autogenerate). Never overwrites.
 */
public final class ScriptWriter {

    /** The longest slug taken from a message. */
    public static final int MAX_SLUG = 40;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    private static final Pattern CLASS = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private ScriptWriter() {
    }

    /** 12 random hex digits, a new revision id. */
    public static String randomId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * The message as a file-name part: lowercase ASCII letters and digits, everything else {@code _} (accents
     * dropped, runs collapsed), at most {@value #MAX_SLUG} characters.
     */
    public static String slug(String message) {
        String plain = Normalizer.normalize(message == null ? "" : message, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("_+$", "");
        }
        return slug;
    }

    /** {@code <id>_<slug>.sql}, or {@code <id>.sql} when the message gives no slug. */
    public static String sqlFileName(NewRevision revision) {
        String slug = slug(revision.message());
        return revision.id() + (slug.isEmpty() ? "" : "_" + slug) + ".sql";
    }

    /** The SQL script of {@code revision} with the given section bodies (either may be empty). */
    public static String renderSql(NewRevision revision, String upgradeSql, String downgradeSql) {
        StringBuilder s = new StringBuilder();
        s.append("-- migrate:revision ").append(revision.id()).append('\n');
        s.append(("-- migrate:down-revision " + String.join(", ", revision.downRevisions())).strip()).append('\n');
        s.append(("-- migrate:message " + revision.message()).strip()).append('\n');
        if (!revision.branchLabels().isEmpty()) {
            s.append("-- migrate:branch-labels ").append(String.join(", ", revision.branchLabels())).append('\n');
        }
        if (!revision.dependsOn().isEmpty()) {
            s.append("-- migrate:depends-on ").append(String.join(", ", revision.dependsOn())).append('\n');
        }
        if (!revision.transactional()) {
            s.append("-- migrate:transactional false\n");
        }
        s.append("\n-- migrate:upgrade\n").append(body(upgradeSql));
        s.append("\n-- migrate:downgrade\n").append(body(downgradeSql));
        return s.toString();
    }

    private static String body(String text) {
        String t = text == null ? "" : text.replaceAll("\\s+$", "").replaceAll("^(\\s*\\R)+", "");
        return t.isEmpty() ? "" : t + "\n";
    }

    /** Writes a new SQL script with empty sections into {@code folder}; returns its path. */
    public static Path writeSql(Path folder, NewRevision revision) {
        return writeSql(folder, revision, "", "");
    }

    /**
     * Writes a new SQL script with the given section bodies into {@code folder} (created if needed).
     *
     * @throws ScriptException when the file, or another script of the same id in the folder, exists
     */
    public static Path writeSql(Path folder, NewRevision revision, String upgradeSql, String downgradeSql) {
        refuseExisting(folder, revision.id(), revision.id(), ".sql");
        return write(folder.resolve(sqlFileName(revision)), renderSql(revision, upgradeSql, downgradeSql));
    }

    /** {@code R<id>_<CamelCaseMessage>}, the class name of a new Java migration. */
    public static String javaClassName(NewRevision revision) {
        StringBuilder camel = new StringBuilder();
        for (String part : slug(revision.message()).split("_")) {
            if (!part.isEmpty()) {
                camel.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
            }
        }
        return "R" + revision.id() + (camel.length() == 0 ? "" : "_" + camel);
    }

    /**
     * The source of a Java migration class.
     *
     * @param upgradeJava   statements of {@code upgrade(Ops op)}, one or more lines (may be empty)
     * @param downgradeJava statements of {@code downgrade(Ops op)}
     * @param imports       extra classes to import (fully qualified names), for rendered bodies
     */
    public static String renderJava(NewRevision revision, String packageName, String className, String upgradeJava,
            String downgradeJava, List<String> imports) {
        if (packageName == null || !PACKAGE.matcher(packageName).matches()) {
            throw new ScriptException("'" + packageName + "' is not a Java package name; Java migrations are found by"
                    + " package, so give one such as com.example.db.migrations.");
        }
        if (className == null || !CLASS.matcher(className).matches()) {
            throw new ScriptException("'" + className + "' is not a Java class name.");
        }
        List<String> allImports = new ArrayList<>(List.of("dev.migrate.op.Migration", "dev.migrate.op.MigrationRevision",
                "dev.migrate.op.Ops"));
        imports.stream().filter(i -> !allImports.contains(i)).sorted().forEach(allImports::add);
        StringBuilder s = new StringBuilder("package ").append(packageName).append(";\n\n");
        allImports.forEach(i -> s.append("import ").append(i).append(";\n"));
        s.append('\n').append(annotation(revision)).append('\n');
        s.append("public final class ").append(className).append(" implements Migration {\n\n");
        method(s, "upgrade", upgradeJava);
        s.append('\n');
        method(s, "downgrade", downgradeJava);
        s.append("}\n");
        return s.toString();
    }

    /** Writes a new Java migration with empty methods under {@code sourceRoot}; returns its path. */
    public static Path writeJava(Path sourceRoot, String packageName, NewRevision revision) {
        return writeJava(sourceRoot, packageName, revision, "", "", List.of());
    }

    /**
     * Writes a new Java migration {@link #javaClassName named from the revision} under {@code sourceRoot}
     * (such as {@code src/main/java}), in the folder of {@code packageName}.
     *
     * @throws ScriptException when the file exists
     */
    public static Path writeJava(Path sourceRoot, String packageName, NewRevision revision, String upgradeJava,
            String downgradeJava, List<String> imports) {
        String className = javaClassName(revision);
        String source = renderJava(revision, packageName, className, upgradeJava, downgradeJava, imports);
        Path folder = sourceRoot.resolve(packageName.replace('.', '/'));
        refuseExisting(folder, revision.id(), "R" + revision.id(), ".java");
        return write(folder.resolve(className + ".java"), source);
    }

    private static String annotation(NewRevision r) {
        List<String> attributes = new ArrayList<>();
        attributes.add("id = " + literal(r.id()));
        if (!r.downRevisions().isEmpty()) {
            attributes.add("down = " + array(r.downRevisions()));
        }
        if (!r.message().isEmpty()) {
            attributes.add("message = " + literal(r.message()));
        }
        if (!r.branchLabels().isEmpty()) {
            attributes.add("branchLabels = " + array(List.copyOf(r.branchLabels())));
        }
        if (!r.dependsOn().isEmpty()) {
            attributes.add("dependsOn = " + array(r.dependsOn()));
        }
        if (!r.transactional()) {
            attributes.add("transactional = false");
        }
        return "@MigrationRevision(" + String.join(", ", attributes) + ")";
    }

    private static String array(List<String> items) {
        List<String> literals = items.stream().map(ScriptWriter::literal).toList();
        return literals.size() == 1 ? literals.get(0) : "{" + String.join(", ", literals) + "}";
    }

    /** A Java string literal of {@code text}. */
    static String literal(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> s.append("\\\\");
                case '"' -> s.append("\\\"");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    private static void method(StringBuilder s, String name, String body) {
        s.append("    @Override\n    public void ").append(name).append("(Ops op) throws Exception {\n");
        String b = body == null ? "" : body.replaceAll("\\s+$", "").replaceAll("^(\\s*\\R)+", "");
        if (!b.isEmpty()) {
            for (String line : b.split("\\R", -1)) {
                s.append(line.isBlank() ? "" : "        " + line.stripTrailing()).append('\n');
            }
        }
        s.append("    }\n");
    }

    private static void refuseExisting(Path folder, String id, String idPrefix, String extension) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.equals(idPrefix + extension) || n.startsWith(idPrefix + "_") && n.endsWith(extension))
                    .findFirst()
                    .ifPresent(n -> {
                        throw new ScriptException("Could not write a script for revision " + id + ": "
                                + folder.resolve(n) + " already has that id. Choose another id, or leave it to Migrate.");
                    });
        } catch (IOException | UncheckedIOException e) {
            throw new ScriptException("Could not list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new ScriptException("Could not write " + file + ": the file already exists, and Migrate never"
                    + " overwrites a script. Choose another message or id, or move the file away.", e);
        } catch (IOException e) {
            throw new ScriptException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
