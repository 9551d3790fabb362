package dev.migrate.cli;

import dev.migrate.history.Action;
import dev.migrate.runtime.MigrationEvent;
import dev.migrate.runtime.MigrationListener;
import dev.migrate.runtime.StepInfo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Prints a run as it happens: one line per step, as Alembic logs it ({@code Running upgrade a1 -> b2, message}),
 * and, at a terminal, a status line below it that is redrawn while a step runs ({@code [2/5] b2 add users 3.4s,
 * total 5.0s}). Offline runs print nothing here: their output is the SQL.
 */
final class Progress implements MigrationListener, AutoCloseable {

    private static final String CLEAR_LINE = "\r\u001b[K";
    private static final long REDRAW_MILLIS = 250;

    private final PrintWriter out;
    private final boolean live;
    private final Supplier<GraphView> graphSource;
    private GraphView graph;
    private ScheduledExecutorService ticker;
    private boolean active;
    private int total;
    private int index;
    private StepInfo step;
    private long runStart;
    private long stepStart;
    private boolean statusShown;

    /**
     * @param out   where to print
     * @param live  whether a person watches a terminal: then the status line is drawn
     * @param graph the scripts, to name each step's down revisions; asked for at the first step (a run with
     *              nothing to do does not load them twice)
     */
    Progress(PrintWriter out, boolean live, Supplier<GraphView> graph) {
        this.out = out;
        this.live = live;
        this.graphSource = graph;
    }

    private GraphView graph() {
        if (graph == null) {
            try {
                graph = graphSource.get();
            } catch (RuntimeException e) {
                // The run reports broken scripts itself; the lines fall back to the version rows.
                graph = new GraphView(List.of());
            }
        }
        return graph;
    }

    @Override
    public synchronized void onEvent(MigrationEvent event) {
        if (event instanceof MigrationEvent.RunStarted e) {
            active = !e.offline();
            total = e.steps();
            index = 0;
            runStart = System.nanoTime();
            if (active && live && total > 0) {
                startTicker();
            }
        } else if (event instanceof MigrationEvent.StepStarted e) {
            if (active) {
                clearStatus();
                index++;
                step = e.step();
                stepStart = System.nanoTime();
                out.println(describe(e.step()));
                drawStatus();
            }
        } else if (event instanceof MigrationEvent.RunFinished) {
            stopTicker();
            step = null;
            clearStatus();
            active = false;
        } else {
            // StepFinished, StepFailed
            step = null;
            clearStatus();
        }
        out.flush();
    }

    /** Alembic's log line for a step. */
    String describe(StepInfo s) {
        String action = s.action().value();
        if (s.action() == Action.STAMP) {
            return "Running stamp " + RevisionFormat.rows(s.rowsBefore()) + " -> "
                    + RevisionFormat.rows(s.rowsAfter());
        }
        String downs = graph().find(s.revision()).map(RevisionFormat::downRevisions)
                .orElseGet(() -> RevisionFormat.rows(s.action() == Action.UPGRADE
                        ? minus(s.rowsBefore(), s.rowsAfter()) : minus(s.rowsAfter(), s.rowsBefore())));
        String arrow = s.action() == Action.DOWNGRADE ? s.revision() + " -> " + downs : downs + " -> " + s.revision();
        return "Running " + action + " " + arrow + (s.message().isEmpty() ? "" : ", " + s.message());
    }

    private static List<String> minus(List<String> a, List<String> b) {
        List<String> result = new ArrayList<>(a);
        result.removeAll(b);
        return result;
    }

    private void startTicker() {
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "migrate-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::redraw, REDRAW_MILLIS, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void stopTicker() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }

    private synchronized void redraw() {
        if (step != null) {
            drawStatus();
            out.flush();
        }
    }

    private void drawStatus() {
        if (!live || step == null) {
            return;
        }
        long now = System.nanoTime();
        String message = step.message().isEmpty() ? "" : " " + step.message();
        out.print(CLEAR_LINE + "[" + index + "/" + Math.max(total, index) + "] " + step.action().value() + " "
                + step.revision() + message + "  " + seconds(now - stepStart) + ", total " + seconds(now - runStart));
        statusShown = true;
    }

    private void clearStatus() {
        if (statusShown) {
            out.print(CLEAR_LINE);
            statusShown = false;
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1fs", nanos / 1e9);
    }

    @Override
    public synchronized void close() {
        stopTicker();
        clearStatus();
        out.flush();
    }
}
