package dev.migrate.op;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs SQL written by hand.
 *
 * @param sql      the SQL, run as given
 * @param dialects the dialects it runs on ({@code "postgresql"}, {@code "sqlite"}); empty for all
 */
public record Execute(String sql, Set<String> dialects) implements MigrationOp {

    public Execute {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("execute needs SQL");
        }
        dialects = dialects.stream().map(d -> d.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** SQL for every dialect. */
    public Execute(String sql) {
        this(sql, Set.of());
    }

    /** Whether the SQL runs on {@code dialect}. */
    public boolean appliesTo(String dialect) {
        return dialects.isEmpty() || dialects.contains(dialect.toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<MigrationOp> reverse() {
        return Optional.empty();
    }

    @Override
    public String description() {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return "execute " + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine);
    }
}
