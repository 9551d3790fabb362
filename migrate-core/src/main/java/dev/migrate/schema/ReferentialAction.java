package dev.migrate.schema;

/** What a foreign key does when the referred row is deleted or its key updated. */
public enum ReferentialAction {
    NO_ACTION("NO ACTION"), RESTRICT("RESTRICT"), CASCADE("CASCADE"), SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The SQL words, for example {@code SET NULL}. */
    public String sql() {
        return sql;
    }

    /** The action named by its SQL words, ignoring case and spacing ({@code "set null"}, {@code "SET_NULL"}). */
    public static ReferentialAction fromSql(String words) {
        String key = words.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s_]+", " ");
        for (ReferentialAction a : values()) {
            if (a.sql.equals(key)) {
                return a;
            }
        }
        throw new IllegalArgumentException("Unknown referential action '" + words
                + "'; expected one of NO ACTION, RESTRICT, CASCADE, SET NULL, SET DEFAULT");
    }
}
