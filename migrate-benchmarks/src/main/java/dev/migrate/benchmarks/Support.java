package dev.migrate.benchmarks;

import java.util.Objects;

/** Either a capability a tool offers for a workload, or the honest reason it cannot take part. */
record Support<T>(T capability, String gap) {

    static <T> Support<T> of(T capability) {
        return new Support<>(Objects.requireNonNull(capability), null);
    }

    static <T> Support<T> none(String gap) {
        return new Support<>(null, Objects.requireNonNull(gap));
    }

    boolean available() {
        return capability != null;
    }
}
