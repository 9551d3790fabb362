package dev.migrate.graph;

import java.util.List;

/** Tiny in-memory graphs for the tests: each revision declared in "<id>.py", like an Alembic script. */
final class Fixtures {

    private Fixtures() {
    }

    static Revision rev(String id, String... downRevisions) {
        return Revision.of(id, downRevisions).withSource(id + ".py");
    }

    static RevisionGraph graph(Revision... revisions) {
        return RevisionGraph.of(List.of(revisions));
    }

    static List<String> ids(List<Revision> revisions) {
        return revisions.stream().map(Revision::id).toList();
    }
}
