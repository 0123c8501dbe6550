package culturebridge.experiment.sweep;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a sweep: a terminal progress bar with speed and ETA when output is a terminal,
 * otherwise (a Slurm log, a redirected file) one line at every tenth of the runs, so logs stay
 * short. Wall time is read only to estimate the time left.
 */
final class SweepProgress implements AutoCloseable {
    private final long total;
    private final ProgressBar bar;
    private final PrintStream log;
    private final long t0 = System.nanoTime();
    private long done;
    private long failed;
    private int lastTenth;

    /**
     * @param total runs to do
     * @param bar   draw a progress bar (only on a terminal)
     * @param log   where to print progress lines when there is no bar; null for none
     */
    SweepProgress(String task, long total, boolean bar, PrintStream log) {
        this.total = total;
        this.log = log;
        this.bar = bar && total > 0 ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" runs", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).showSpeed().build() : null;
    }

    /** One run finished. */
    synchronized void step(boolean ok) {
        done++;
        if (!ok) failed++;
        if (bar != null) {
            bar.step();
            if (failed > 0) bar.setExtraMessage(failed + " failed");
            return;
        }
        int tenth = (int) (done * 10 / Math.max(1, total));
        if (log != null && tenth > lastTenth) {
            lastTenth = tenth;
            double elapsed = (System.nanoTime() - t0) / 1e9;
            double eta = elapsed / done * (total - done);
            log.printf(Locale.ROOT, "sweep: %d/%d runs (%d%%), %d failed, %s elapsed, ETA %s%n", done, total,
                    done * 100 / total, failed, duration(elapsed), duration(eta));
        }
    }

    /** Runs finished so far. */
    synchronized long done() {
        return done;
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }

    /** {@code 1 h 02 min}, {@code 3 min 05 s}, {@code 4.2 s}. */
    static String duration(double seconds) {
        if (!Double.isFinite(seconds)) return "?";
        Duration d = Duration.ofMillis(Math.round(seconds * 1000));
        if (d.toHours() > 0) return String.format(Locale.ROOT, "%d h %02d min", d.toHours(), d.toMinutesPart());
        if (d.toMinutes() > 0) return String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.toSecondsPart());
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }
}
