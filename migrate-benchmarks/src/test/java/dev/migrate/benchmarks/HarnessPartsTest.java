package dev.migrate.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HarnessPartsTest {

    @Test
    void statsTakeTheMiddleOfOddAndTheMeanOfTheTwoMiddlesOfEvenSamples() {
        assertThat(Stats.of(List.of(30L, 10L, 20L))).isEqualTo(new Stats(20, 10, 30, 3));
        assertThat(Stats.of(List.of(40L, 10L, 20L, 30L))).isEqualTo(new Stats(25, 10, 40, 4));
    }

    @Test
    void cellsShowThreeSignificantDigitsAndTheRange() {
        assertThat(new Stats(12_345_678, 11_900_000, 140_000_000, 5).cell()).isEqualTo("12.3 ms (11.9–140)");
        assertThat(new Stats(2_500_000_000L, 2_500_000_000L, 2_500_000_000L, 1).cell()).isEqualTo("2,500 ms (1 run)");
    }

    @Test
    void aRunWithoutOptionsIsTheFullRunAndFiltersMakeItPartial() {
        assertThat(Options.parse().full()).isTrue();
        assertThat(Options.parse().ns()).containsExactly(10, 100, 1_000, 5_000);
        Options filtered = Options.parse("--workload", "w2", "--db", "sqlite", "--n", "1000");
        assertThat(filtered.full()).isFalse();
        assertThat(filtered.workloads()).containsExactly("W2");
        assertThat(filtered.databases()).containsExactly(Dbms.SQLITE);
        assertThat(filtered.ns()).containsExactly(1_000);
        assertThat(Options.parse("--quick").ns()).containsExactly(10, 100);
    }

    @Test
    void badOptionsSayWhatIsWrong() {
        assertThatThrownBy(() -> Options.parse("--workload", "W9"))
                .hasMessage("Unknown workload 'W9'; use W1 to W6.");
        assertThatThrownBy(() -> Options.parse("--n", "ten"))
                .hasMessage("--n takes positive whole numbers separated by commas, not 'ten'.");
        assertThatThrownBy(() -> Options.parse("--db", "oracle"))
                .hasMessage("Unknown database 'oracle'; use sqlite or postgresql.");
    }

    @Test
    void postgresUrlsKeepHostAndQueryAndReplaceTheDatabase() {
        assertThat(Databases.postgresUrl("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres", "bench_flyway_10"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/bench_flyway_10?user=postgres");
        assertThatThrownBy(() -> Databases.postgresUrl("jdbc:postgresql://host", "x"))
                .hasMessage("PostgreSQL URL 'jdbc:postgresql://host' names no database;"
                        + " write it as jdbc:postgresql://host:port/postgres?user=postgres");
    }
}
