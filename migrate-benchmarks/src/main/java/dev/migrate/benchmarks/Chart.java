package dev.migrate.benchmarks;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;

/** The report's chart: median W1 and W2 (warm) time against N, one panel per workload and database, log-log. */
final class Chart {


    private Chart() {
    }

    /** Writes the PNG; returns false (writing nothing) when there is no series to draw. */
    static boolean write(Path png, Results results, List<Tool> tools, List<Dbms> databases, List<Integer> ns)
            throws IOException {
        List<XYChart> panels = new ArrayList<>();
        for (Metric metric : new Metric[] {Metric.W1, Metric.W2_WARM}) {
            for (Dbms dbms : databases) {
                List<Tool> series = new ArrayList<>(tools);
                if (metric == Metric.W1) {
                    series.add(Harness.FLOOR);
                }
                XYChart chart = panel(metric, dbms, results, series, ns);
                if (chart != null) {
                    panels.add(chart);
                }
            }
        }
        if (panels.isEmpty()) {
            return false;
        }
        int columns = Math.min(2, panels.size());
        int rows = (panels.size() + columns - 1) / columns;
        String path = png.toString();
        BitmapEncoder.saveBitmap(panels, rows, columns, path.substring(0, path.length() - ".png".length()),
                BitmapEncoder.BitmapFormat.PNG);
        return true;
    }

    private static Color color(Tool tool) {
        return switch (tool.id()) {
            case "migrate" -> new Color(0x1f77b4);
            case "flyway" -> new Color(0xd62728);
            case "liquibase" -> new Color(0x2ca02c);
            default -> Color.GRAY;
        };
    }

    private static XYChart panel(Metric metric, Dbms dbms, Results results, List<Tool> tools, List<Integer> ns) {
        XYChart chart = new XYChartBuilder().width(640).height(420)
                .title((metric == Metric.W1 ? "W1 apply-all" : "W2 no-op (warm JVM)") + " — " + dbms.label())
                .xAxisTitle("N migrations").yAxisTitle("median time (ms)").build();
        chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true)
                .setLegendPosition(Styler.LegendPosition.InsideNW)
                .setChartBackgroundColor(Color.WHITE)
                .setMarkerSize(7);
        chart.getStyler().setXAxisLogarithmicDecadeOnly(true).setYAxisLogarithmicDecadeOnly(false)
                .setXAxisDecimalPattern("#,###").setYAxisDecimalPattern("#,##0.#");
        int drawn = 0;
        for (int t = 0; t < tools.size(); t++) {
            Tool tool = tools.get(t);
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int n : ns) {
                Optional<Stats> stats = results.get(metric, dbms, n, tool.id());
                if (stats.isPresent()) {
                    x.add((double) n);
                    y.add(stats.get().medianMillis());
                }
            }
            if (!x.isEmpty()) {
                XYSeries series = chart.addSeries(tool.name(), x, y);
                series.setLineColor(color(tool));
                series.setMarkerColor(color(tool));
                if (tool == Harness.FLOOR) {
                    series.setLineStyle(SeriesLines.DASH_DASH);
                }
                drawn++;
            }
        }
        return drawn == 0 ? null : chart;
    }
}
