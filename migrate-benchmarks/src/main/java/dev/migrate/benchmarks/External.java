package dev.migrate.benchmarks;

/**
 * A workload measured outside this harness's tool loop (W5, W6): either its result, as report text
 * plus the ratio its target is about, or the reason it is not measured yet.
 */
sealed interface External {

    String workload();

    String title();

    /**
     * A measured external workload; {@code ratio} is the figure its target bounds (null when none);
     * {@code inconclusive}, when not null, says why the figure cannot decide the target (too noisy).
     */
    record Measured(String workload, String title, String markdown, Double ratio, String ratioMeaning,
            String inconclusive) implements External {

        Measured(String workload, String title, String markdown, Double ratio, String ratioMeaning) {
            this(workload, title, markdown, ratio, ratioMeaning, null);
        }
    }

    /** Not measurable yet; {@code design} says what the slot will measure once it is. */
    record Pending(String workload, String title, String reason, String design) implements External {
    }
}
