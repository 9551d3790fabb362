package dev.migrate.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median, minimum and maximum of the timed repetitions of one measurement, in nanoseconds. */
record Stats(long median, long min, long max, int runs) {

    static Stats of(List<Long> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int size = sorted.size();
        long median = size % 2 == 1 ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
        return new Stats(median, sorted.get(0), sorted.get(size - 1), size);
    }

    double medianMillis() {
        return median / 1e6;
    }

    /** "12.3 ms (11.9–14.0)" with three significant digits; the range is left out for a single run. */
    String cell() {
        String median = millis(this.median);
        return runs == 1 ? median + " ms (1 run)" : median + " ms (" + millis(min) + "–" + millis(max) + ")";
    }

    static String millis(long nanos) {
        double ms = nanos / 1e6;
        if (ms >= 1000) {
            return String.format("%,.0f", ms);
        }
        if (ms >= 100) {
            return String.format("%.0f", ms);
        }
        if (ms >= 10) {
            return String.format("%.1f", ms);
        }
        if (ms >= 1) {
            return String.format("%.2f", ms);
        }
        return String.format("%.3f", ms);
    }
}
