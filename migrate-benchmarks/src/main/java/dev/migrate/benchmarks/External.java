package dev.migrate.benchmarks;

import java.util.List;

/**
 * A workload measured outside this harness's tool loop (W5, W6): either its result, as report text
 * plus the ratio its target is about, or the reason it is not measured yet.
 */
sealed interface External {

    String workload();

    String title();

    /**
     * A measured external workload; {@code ratio} is the figure its target bounds (null when none);
     * {@code inconclusive}, when not null, says why the figure cannot decide the target (too noisy);
     * {@code moreChecks} are further readings of the same target that the workload judged itself.
     */
    record Measured(String workload, String title, String markdown, Double ratio, String ratioMeaning,
            String inconclusive, List<Targets.Check> moreChecks) implements External {

        Measured(String workload, String title, String markdown, Double ratio, String ratioMeaning) {
            this(workload, title, markdown, ratio, ratioMeaning, null, List.of());
        }
    }

    /** Not measurable yet; {@code design} says what the slot will measure once it is. */
    record Pending(String workload, String title, String reason, String design) implements External {
    }
}
