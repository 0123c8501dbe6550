package culturebridge.cli;

import culturebridge.experiment.compare.ArmComparison;
import culturebridge.output.AtomicFiles;
import culturebridge.output.CsvTableWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compare DIR...}: the arms of a policy experiment side by side, with paired differences from a baseline arm. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare the arms of a policy experiment: each headline metric at chosen dates, each arm's mean over "
                + "replicates, and its difference from the baseline arm paired replicate by replicate (same seed; and same "
                + "posterior draw where monthly.csv has a 'draw' column), with a 95%% t interval over the paired differences.",
                "DIR is an arm's results folder, or the --out folder of one `run A B C` (one folder per arm).",
                "Writes comparison.csv and prints the table."})
final class CompareCommand implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "results folders of the arms, or a folder holding them")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--at", paramLabel = "DATE", split = ",",
            description = "dates to compare, YYYY-MM (that month) or YYYY (the year: mean of a level, total of a flow), "
                    + "e.g. --at 2027,2030-12 (default: the first December a year after the start, and the last month)")
    List<String> at;

    @Option(names = "--metrics", paramLabel = "NAME", split = ",",
            description = "metrics to compare (default: favourable, attitude, soft power, arrivals, receipts and tension)")
    List<String> metrics;

    @Option(names = "--baseline", paramLabel = "ARM",
            description = "the arm the others are compared with, by scenario name (default: the status-quo arm if there is one, else the first)")
    String baseline;

    @Option(names = "--out", paramLabel = "FILE",
            description = "where to write the table (default: comparison.csv in the folder holding the arms if they share one, "
                    + "else in the current folder)")
    Path out;

    @Mixin SharedOptions.Force force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        List<ArmComparison.Row> rows;
        Path file;
        boolean draws;
        try {
            List<ArmComparison.Arm> arms = ArmComparison.readArms(dirs);
            List<String> chosen = metrics != null ? metrics : ArmComparison.headlineMetrics(arms.get(0));
            List<String> dates = at != null ? at : ArmComparison.defaultDates(arms);
            rows = ArmComparison.compare(arms, baseline, chosen, dates);
            draws = ArmComparison.pairsByDraw(arms);
            file = out != null ? out : defaultOut(arms);
        } catch (ArmComparison.CompareException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("error: could not read the arms: " + e.getMessage());
            return 1;
        }
        if (Files.exists(file) && !force.on) {
            err.println("error: " + file + " exists; choose another with --out, or replace it with --force");
            return Main.BAD_INPUT;
        }
        try {
            AtomicFiles.write(file, os -> {
                var w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(w, CsvTableWriter.FORMAT);
                p.printRecord(ArmComparison.COLUMNS);
                for (ArmComparison.Row r : rows) p.printRecord(r.fields());
                p.flush();
            });
        } catch (IOException e) {
            return Main.outputError(err, e);
        }
        print(outw, rows, draws);
        outw.println("diff: arm minus " + rows.get(0).baseline() + ", paired by seed" + (draws ? " and draw" : "")
                + "; 95% interval: Student's t over the "
                + rows.get(0).pairs() + " paired differences"
                + (draws ? "; p05, p95: the central 90% of the paired differences over posterior draws and seeds" : ""));
        outw.println("written: " + file);
        outw.flush();
        return 0;
    }

    private static Path defaultOut(List<ArmComparison.Arm> arms) {
        Path parent = arms.get(0).dir().toAbsolutePath().normalize().getParent();
        for (ArmComparison.Arm a : arms) {
            if (!a.dir().toAbsolutePath().normalize().getParent().equals(parent)) return Path.of("comparison.csv");
        }
        return parent.resolve("comparison.csv");
    }

    /** The table for a reader: one line per metric, date and arm, numbers to five significant digits. */
    static void print(PrintWriter out, List<ArmComparison.Row> rows) {
        print(out, rows, false);
    }

    /**
     * The table for a reader; with {@code spread}, also the central 90% of the paired
     * differences (runs on posterior draws, where that spread holds parameter uncertainty).
     */
    static void print(PrintWriter out, List<ArmComparison.Row> rows, boolean spread) {
        int mw = "metric".length();
        int aw = "arm".length();
        for (ArmComparison.Row r : rows) {
            mw = Math.max(mw, r.metric().length());
            aw = Math.max(aw, r.arm().length());
        }
        String head = "%-" + mw + "s  %-7s  %-" + aw + "s  %5s  %12s  %12s  %12s  %12s" + (spread ? "  %12s  %12s" : "") + "%n";
        if (spread) {
            out.printf(Locale.ROOT, head, "metric", "at", "arm", "pairs", "mean", "diff", "diff_lo95", "diff_hi95", "diff_p05", "diff_p95");
        } else {
            out.printf(Locale.ROOT, head, "metric", "at", "arm", "pairs", "mean", "diff", "diff_lo95", "diff_hi95");
        }
        for (ArmComparison.Row r : rows) {
            if (spread) {
                out.printf(Locale.ROOT, head, r.metric(), r.at(), r.arm(), r.pairs(), num(r.mean()), num(r.diff()),
                        num(r.diffLo()), num(r.diffHi()), num(r.diffP05()), num(r.diffP95()));
            } else {
                out.printf(Locale.ROOT, head, r.metric(), r.at(), r.arm(), r.pairs(), num(r.mean()), num(r.diff()),
                        num(r.diffLo()), num(r.diffHi()));
            }
        }
    }

    private static String num(double x) {
        return Double.isNaN(x) ? "" : String.format(Locale.ROOT, "%.5g", x);
    }
}
