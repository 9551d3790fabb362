package dev.migrate.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bounded searches that replace most of Alembic's ancestor sets must not change a single position. */
class TopologicalSortTest {

    @Test
    void boundedSearchesGiveAlembicsOrderOnLargeGraphs() {
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            GraphIndex g = GraphBuilder.build(largeGraph(random));
            java.util.BitSet all = new java.util.BitSet();
            all.set(0, g.size());
            int[] alembic = TopologicalSort.newestFirst(g, all, g.realHeads, 0);
            for (int budget : new int[] {1, 8, TopologicalSort.SEARCH_BUDGET}) {
                assertThat(TopologicalSort.newestFirst(g, all, g.realHeads, budget))
                        .as("seed %d, budget %d", seed, budget).containsExactly(alembic);
            }
        }
    }

    /** Several long interleaved lines with forks, merges and depends-on, so searches run out of budget. */
    private static List<Revision> largeGraph(Random random) {
        List<Revision> created = new ArrayList<>();
        int lines = 2 + random.nextInt(4);
        String[] tips = new String[lines];
        for (int i = 0; i < 1500; i++) {
            int line = random.nextInt(lines);
            List<String> downs = new ArrayList<>();
            if (tips[line] != null) {
                downs.add(tips[line]);
            }
            int other = random.nextInt(lines);
            if (other != line && tips[other] != null && random.nextDouble() < 0.02) {
                downs.add(tips[other]);
            }
            Revision r = Revision.of("r" + i, downs.toArray(String[]::new));
            if (i > 10 && random.nextDouble() < 0.03) {
                r = r.withDependsOn("r" + random.nextInt(i));
            }
            created.add(r);
            if (random.nextDouble() < 0.97 || tips[line] == null) {
                tips[line] = r.id();
            }
        }
        Collections.shuffle(created, random);
        return created;
    }
}
