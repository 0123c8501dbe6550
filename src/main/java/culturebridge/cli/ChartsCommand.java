package culturebridge.cli;

import culturebridge.chart.ChartExport;
import culturebridge.chart.ScenarioCharts;
import culturebridge.experiment.compare.ArmComparison;
import culturebridge.experiment.compare.ResultsTables;
import culturebridge.output.AtomicFiles;
import culturebridge.scenario.CountryTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charts DIR}: a run's charts drawn again from its tables, at a size, resolution and in formats for a paper. */
@Command(name = "charts", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draw a run's charts again from its monthly.csv and events.csv, at a chosen size, resolution and band, as PNG, "
                + "SVG and PDF (e.g. for a journal: charts results/arms/gradual-opening-2026 --size 900x560 --dpi 600 --band 0.95)."})
final class ChartsCommand implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "a run's results folder")
    Path dir;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1200x700",
            description = "layout size in units of 1/96 inch (pixels of a 96 dpi PNG) (default: ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "96",
            description = "resolution of the PNG; the layout stays the same, the pixels scale by N/96 (default: ${DEFAULT-VALUE})")
    int dpi;

    @Option(names = "--formats", paramLabel = "F", split = ",", defaultValue = "png,svg,pdf",
            description = "file formats, of png, svg and pdf (default: ${DEFAULT-VALUE})")
    List<String> formats;

    @Option(names = "--out", paramLabel = "DIR", description = "folder for the charts (default: DIR/charts-WxH-Ndpi)")
    Path out;

    @Mixin SharedOptions.Band band;

    @Mixin SharedOptions.Force force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        ChartExport export;
        try {
            int[] wh = ChartExport.parseSize(size);
            export = new ChartExport(wh[0], wh[1], dpi, formats, band.share);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        ResultsTables tables;
        try {
            tables = ResultsTables.read(dir);
        } catch (ArmComparison.CompareException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("error: could not read " + dir + ": " + e.getMessage());
            return 1;
        }
        Path target;
        try {
            target = out != null ? out : AtomicFiles.resolveInside(dir, "charts-" + export.width() + "x" + export.height() + "-" + dpi + "dpi");
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (Files.exists(target) && !force.on) {
            err.println("error: " + target + " exists; choose another with --out, or draw into it with --force");
            return Main.BAD_INPUT;
        }
        try {
            List<Path> files = ScenarioCharts.writeAll(target, tables.replicates(), tables.events(), countryNames(), export);
            outw.println("charts of " + tables.scenario() + " (" + tables.replicates().size() + " replicate(s)) in " + target);
            for (Path f : files) outw.println("  " + target.relativize(f));
        } catch (IOException e) {
            return Main.outputError(err, e);
        }
        outw.flush();
        return 0;
    }

    /** Country names of the built-in tables, by code (a run's tables name countries by code only). */
    private static Map<String, String> countryNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String table : CountryTable.BUILT_IN) {
            try {
                for (var c : CountryTable.builtIn(table)) names.putIfAbsent(c.code(), c.name());
            } catch (culturebridge.scenario.ScenarioException e) {
                throw new IllegalStateException("built-in country table " + table + " does not load", e);
            }
        }
        return names;
    }
}
