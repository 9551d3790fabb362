package dev.migrate.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a failed command must leave as it was: the script files (by content), the tables and their row counts,
 * the version rows and the successful history entries. Failed attempts may add failure entries to the history log;
 * those are not part of the snapshot.
 *
 * @param files      script file name to SHA-256 of its bytes
 * @param tables     table name to row count
 * @param rows       the version rows
 * @param successes  successful upgrade entries per revision
 */
record Snapshot(Map<String, String> files, Map<String, Long> tables, List<String> rows,
        Map<String, Integer> successes) {

    static Snapshot of(Fixture f) throws SQLException {
        Map<String, Long> tables = new TreeMap<>();
        for (String table : f.db.tables()) {
            if (!table.equals("migrate_history")) {
                tables.put(table, f.db.number("SELECT count(*) FROM \"" + table + "\""));
            }
        }
        return new Snapshot(files(f.migrations), tables, f.db.versionRows(), f.db.successes("upgrade"));
    }

    private static Map<String, String> files(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
