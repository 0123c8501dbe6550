package culturebridge.experiment.calibration;

import culturebridge.chart.ChartExporter;
import culturebridge.chart.ChartStyle;
import culturebridge.chart.ScenarioCharts;
import culturebridge.chart.TimeSeriesChartFactory;
import culturebridge.experiment.ReplicateResult;
import culturebridge.output.AtomicFiles;
import culturebridge.output.CsvTableWriter;
import culturebridge.output.ManifestInfo;
import culturebridge.output.ManifestWriter;
import culturebridge.output.MonthlySeries;
import culturebridge.output.RunOutputs;
import culturebridge.output.TimelineEvent;
import culturebridge.scenario.CalibrationSpec;
import culturebridge.scenario.ParamsBinder;
import culturebridge.scenario.ScenarioLoader;
import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Writes a calibration's results folder: {@code calibrated.yaml} (the parameter file that
 * scenarios include), {@code fit.csv} (MAPE and RMSE on logs per year and overall),
 * {@code trace.csv} (every candidate), {@code monthly.csv} and the standard charts of the
 * best candidate's replicates, {@code charts/fit.png} (observed against simulated with the
 * replicate band) and {@code charts/convergence.png}, and the manifest, last.
 */
public final class CalibrationOutputs {
    /** Name of the parameter file. */
    public static final String PARAMS_FILE = "calibrated.yaml";

    private CalibrationOutputs() {}

    public static List<String> write(RunOutputs out, CalibrationSpec spec, Calibrator.Result r, Instant started,
                                     double wallSeconds, List<String> commandLine) throws IOException {
        out.record(writeParams(out.resolve(PARAMS_FILE), spec, r));
        out.record(writeFit(out.resolve("fit.csv"), r.fit()));
        out.record(writeTrace(out.resolve("trace.csv"), spec, r.trace()));
        List<MonthlySeries> series = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        for (ReplicateResult run : r.bestRuns()) {
            series.add(run.series());
            seeds.add(run.seed());
        }
        LinkedHashMap<String, Object> params = ParamsBinder.values(r.bestSetup().params());
        out.writeMonthly(r.bestSetup().name(), series, params);
        List<TimelineEvent> events = r.bestRuns().get(0).events();
        Path charts = out.chartsDir();
        out.recordAll(ScenarioCharts.writeAll(charts, series, events));
        out.record(writeFitChart(charts.resolve("fit.png"), spec, series, events));
        out.record(writeConvergence(charts.resolve("convergence.png"), r.trace()));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("calibration_file", spec.file().toString());
        extra.put("calibration_sha256", ManifestWriter.sha256(spec.file()));
        extra.put("calibrated", r.best());
        extra.put("loss", r.bestLoss());
        extra.put("evaluations", r.trace().size());
        ManifestWriter.write(out.resolve(RunOutputs.MANIFEST_JSON), new ManifestWriter.Run(r.bestSetup().name(),
                spec.scenario(), params, seeds, started, wallSeconds, commandLine, out.files()),
                ManifestInfo.current("dev"), extra);
        out.record(out.resolve(RunOutputs.MANIFEST_JSON));
        return out.files();
    }

    private static Path writeParams(Path file, CalibrationSpec spec, Calibrator.Result r) throws IOException {
        StringBuilder s = new StringBuilder();
        FitStatistics.Row all = r.fit().get(r.fit().size() - 1);
        s.append("# Calibrated parameters, written by `culturebridge calibrate ").append(spec.file()).append("`.\n");
        s.append("# Fitted to ").append(spec.target().observedMetric()).append(' ').append(spec.target().from())
                .append(" to ").append(spec.target().to()).append(" with CMA-ES over ").append(r.trace().size())
                .append(" candidates x ").append(spec.replicates()).append(" replicates (common random numbers).\n");
        s.append(String.format(Locale.ROOT, "# Loss (mean squared log error + soft targets) %.5f; monthly MAPE %.1f%%; RMSE on logs %.3f.%n",
                r.bestLoss(), 100 * all.mape(), all.rmseLog()));
        s.append("# A scenario uses them with `include: [<path to this file>]`; see README, Calibration.\n");
        StringBuilder params = new StringBuilder();
        StringBuilder fields = new StringBuilder();
        for (Map.Entry<String, Double> e : r.best().entrySet()) {
            boolean integer = !ScenarioLoader.isFieldPath(e.getKey()) && ParamsBinder.propertyType(e.getKey()) == int.class;
            String v = integer ? Long.toString(Math.round(e.getValue())) : CsvTableWriter.formatDouble(e.getValue());
            (ScenarioLoader.isFieldPath(e.getKey()) ? fields : params).append("  ").append(e.getKey()).append(": ").append(v).append('\n');
        }
        if (params.length() > 0) s.append("params:\n").append(params);
        if (fields.length() > 0) s.append("set:\n").append(fields);
        AtomicFiles.writeString(file, s.toString());
        return file;
    }

    private static Path writeFit(Path file, List<FitStatistics.Row> rows) throws IOException {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CsvTableWriter.FORMAT)) {
            p.printRecord("period", "months", "mape", "rmse_log", "simulated", "observed", "total_error");
            for (FitStatistics.Row r : rows) {
                p.printRecord(r.period(), r.months(), CsvTableWriter.formatDouble(r.mape()), CsvTableWriter.formatDouble(r.rmseLog()),
                        CsvTableWriter.formatDouble(r.simulated()), CsvTableWriter.formatDouble(r.observed()),
                        CsvTableWriter.formatDouble(r.totalError()));
            }
        }
        AtomicFiles.writeString(file, w.toString());
        return file;
    }

    private static Path writeTrace(Path file, CalibrationSpec spec, List<Calibrator.Evaluation> trace) throws IOException {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CsvTableWriter.FORMAT)) {
            List<String> header = new ArrayList<>(List.of("evaluation", "generation", "loss"));
            for (var par : spec.parameters()) header.add(par.name());
            p.printRecord(header);
            for (Calibrator.Evaluation e : trace) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(e.index()), Integer.toString(e.generation()),
                        CsvTableWriter.formatDouble(e.loss())));
                for (double v : e.values()) row.add(CsvTableWriter.formatDouble(v));
                p.printRecord(row);
            }
        }
        AtomicFiles.writeString(file, w.toString());
        return file;
    }

    private static Path writeFitChart(Path file, CalibrationSpec spec, List<MonthlySeries> series, List<TimelineEvent> events)
            throws IOException {
        String sim = spec.target().metric();
        String obs = spec.target().observedMetric();
        JFreeChart chart = TimeSeriesChartFactory.create("Calibration fit: " + sim + " against " + obs,
                "persons per month", List.of(sim, obs), List.of("simulated (" + sim + ")", "observed (" + obs + ")"),
                series, events, null);
        XYPlot plot = chart.getXYPlot();
        if (plot.getRenderer() instanceof XYLineAndShapeRenderer r) {
            r.setSeriesPaint(0, ChartStyle.colour(0));
            r.setSeriesStroke(0, ChartStyle.line(2.2f));
            r.setSeriesLinesVisible(1, false);
            r.setSeriesShapesVisible(1, true);
            r.setSeriesShape(1, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
            r.setSeriesPaint(1, ChartStyle.BLACK);
        }
        chart.addSubtitle(new org.jfree.chart.title.TextTitle(String.format(Locale.ROOT,
                "fitted months %s to %s; later months are out of sample", spec.target().from(), spec.target().to())));
        ChartExporter.writePng(chart, file);
        return file;
    }

    private static Path writeConvergence(Path file, List<Calibrator.Evaluation> trace) throws IOException {
        XYSeries all = new XYSeries("candidate loss");
        XYSeries best = new XYSeries("best so far");
        double b = Double.MAX_VALUE;
        for (Calibrator.Evaluation e : trace) {
            if (e.loss() < 1e300) all.add(e.index() + 1, e.loss());
            b = Math.min(b, e.loss());
            if (b < 1e300) best.add(e.index() + 1, b);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(all);
        data.addSeries(best);
        JFreeChart chart = ChartFactory.createXYLineChart("CMA-ES convergence", "candidate evaluated",
                "loss (mean squared log error)", data, PlotOrientation.VERTICAL, true, false, false);
        ChartStyle.apply(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
        r.setSeriesPaint(0, ChartStyle.colour(1));
        r.setSeriesLinesVisible(1, true);
        r.setSeriesShapesVisible(1, false);
        r.setSeriesPaint(1, ChartStyle.colour(0));
        r.setSeriesStroke(1, new BasicStroke(2.4f));
        plot.setRenderer(r);
        org.jfree.chart.axis.LogAxis y = new org.jfree.chart.axis.LogAxis("loss (mean squared log error, log scale)");
        y.setSmallestValue(1e-4);
        plot.setRangeAxis(y);
        ChartExporter.writePng(chart, file);
        return file;
    }
}
