package culturebridge.output;

import culturebridge.model.SimCalendar;
import culturebridge.model.World;
import culturebridge.model.policy.Observations;
import culturebridge.model.policy.PolicyEvent;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Collects the metrics of one run into monthly rows. It is scheduled at
 * {@link World#ORDER_COLLECTOR}, after every agent, in headless and GUI runs alike, so both
 * produce the same trajectory. FLOW metrics are read every week and each week's flow is split
 * between the calendar months its seven days fall in (so a month holds exactly its days, not
 * four or five whole weeks); LEVEL metrics are read at the last step of the month. At that
 * step the row is stored with the active stage's name. It is also the policy's {@link Observations}: conditions read the last
 * completed month's row.
 */
public final class MonthlyCollector implements Steppable, Observations {
    private static final long serialVersionUID = 1L;

    // Rebuilt from the setup after a checkpoint is read rather than serialized: metrics are
    // records of lambdas, fixed by the setup, and nothing in them changes during a run.
    private transient List<Metric> metrics;
    private transient Map<String, Integer> index;
    private final culturebridge.model.Setup setup;
    private final SimCalendar calendar;
    private final double[][] rows;
    private final String[] stages;
    private int completed;
    private int monthFirstStep;
    /** Flow accumulated for the current month and carried over into the next one. */
    private double[] flowThis;
    private double[] flowNext;
    /** Values at the start, by metric name, when the run continues a warm-up (else the first row is used). */
    private java.util.LinkedHashMap<String, Double> startValues;
    /** Takes this collector off the schedule (when a policy arm forked from its world gets its own). */
    private sim.engine.Stoppable stopper;

    private MonthlyCollector(World w) {
        this.setup = w.setup();
        buildMetrics();
        this.calendar = w.calendar();
        this.rows = new double[calendar.months()][];
        this.stages = new String[calendar.months()];
    }

    private void buildMetrics() {
        metrics = Metrics.forSetup(setup);
        index = new HashMap<>();
        for (int i = 0; i < metrics.size(); i++) index.put(metrics.get(i).name(), i);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        buildMetrics();
    }

    /**
     * Creates a collector for the world, schedules it and registers it as the policy's
     * observations; call from a start listener (see {@link #attachOnStart}).
     */
    public static MonthlyCollector attach(World w) {
        // a world forked from a warm-up still holds the warm-up's collector: take over from it
        if (w.observations() instanceof MonthlyCollector previous && previous.calendar != w.calendar()) {
            return continuing(w, previous);
        }
        MonthlyCollector c = new MonthlyCollector(w);
        c.stopper = w.schedule.scheduleRepeating(0, World.ORDER_COLLECTOR, c, 1);
        w.setObservations(c);
        return c;
    }

    /**
     * After a fork ({@link World#continueAs}): stops the warm-up's collector and attaches one
     * for the arm's months from the next step on. The part of the warm-up's last week that
     * falls in the arm's first month is carried over, metric by metric, so that month holds all
     * its days.
     *
     * @param w        the forked world
     * @param previous the warm-up's collector
     */
    public static MonthlyCollector continuing(World w, MonthlyCollector previous) {
        if (previous.stopper != null) previous.stopper.stop();
        MonthlyCollector c = new MonthlyCollector(w);
        c.stopper = w.schedule.scheduleRepeating(w.schedule.getSteps(), World.ORDER_COLLECTOR, c, 1);
        w.setObservations(c);
        if (previous.completed > 0) {
            c.startValues = new java.util.LinkedHashMap<>();
            double[] last = previous.rows[previous.completed - 1];
            for (Metric m : previous.metrics) c.startValues.put(m.name(), last[previous.index.get(m.name())]);
        }
        if (previous.flowNext != null) {
            c.flowThis = new double[c.metrics.size()];
            c.flowNext = new double[c.metrics.size()];
            for (int i = 0; i < c.metrics.size(); i++) {
                Integer j = previous.index.get(c.metrics.get(i).name());
                if (j != null && c.metrics.get(i).kind() == Metric.Kind.FLOW) c.flowThis[i] = previous.flowNext[j];
            }
        }
        return c;
    }

    /**
     * Arranges for a fresh collector to be attached every time the world starts and returns a
     * holder whose {@code get()} gives the current one.
     */
    public static java.util.function.Supplier<MonthlyCollector> attachOnStart(World w) {
        MonthlyCollector[] holder = new MonthlyCollector[1];
        w.addStartListener(world -> holder[0] = attach(world));
        return () -> holder[0];
    }

    @Override
    public void step(SimState state) {
        World w = (World) state;
        int step = (int) w.schedule.getSteps();
        int n = metrics.size();
        if (calendar.startsMonth(step)) monthFirstStep = step;
        if (flowThis == null) {
            flowThis = new double[n];
            flowNext = new double[n];
        }
        // days of this week inside its month; the rest belongs to the next month
        java.time.LocalDate d = calendar.date(step);
        int daysHere = Math.min(SimCalendar.DAYS_PER_STEP, d.lengthOfMonth() - d.getDayOfMonth() + 1);
        double share = daysHere / (double) SimCalendar.DAYS_PER_STEP;
        for (int i = 0; i < n; i++) {
            Metric m = metrics.get(i);
            if (m.kind() != Metric.Kind.FLOW) continue;
            double v = m.function().value(w, step, step);
            if (Double.isNaN(v)) {
                flowThis[i] = Double.NaN;
                continue;
            }
            flowThis[i] += share * v;
            flowNext[i] += (1 - share) * v;
        }
        if (!calendar.endsMonth(step)) return;
        int month = calendar.monthIndex(step);
        if (month >= rows.length) return;
        double[] row = new double[n];
        for (int i = 0; i < n; i++) {
            Metric m = metrics.get(i);
            row[i] = m.kind() == Metric.Kind.FLOW ? flowThis[i] : m.function().value(w, monthFirstStep, step);
        }
        rows[month] = row;
        stages[month] = w.policyState().active().name();
        completed = month + 1;
        flowThis = flowNext;
        flowNext = new double[n];
    }

    @Override
    public double lastMonth(String metric) {
        Integer i = index.get(metric);
        if (i == null || completed == 0) return Double.NaN;
        return rows[completed - 1][i];
    }

    @Override
    public double atStart(String metric) {
        if (startValues != null) return startValues.getOrDefault(metric, Double.NaN);
        Integer i = index.get(metric);
        if (i == null || completed == 0) return Double.NaN;
        return rows[0][i];
    }

    /** Months completed so far. */
    public int completedMonths() { return completed; }

    /** The metrics collected, in column order. */
    public List<Metric> metrics() { return metrics; }

    /** The completed months as a series tagged with the run's seed. */
    public MonthlySeries series(long seed) {
        List<String> columns = new ArrayList<>();
        for (Metric m : metrics) columns.add(m.name());
        List<YearMonth> months = new ArrayList<>();
        List<String> stageNames = new ArrayList<>();
        for (int i = 0; i < completed; i++) {
            months.add(calendar.monthAt(i));
            stageNames.add(stages[i]);
        }
        return new MonthlySeries(seed, List.copyOf(columns), List.copyOf(months), List.copyOf(stageNames),
                Arrays.copyOf(rows, completed));
    }

    /**
     * The world's policy events as chart events, and the dated news events of the run's months
     * (a shock of the policy, already a line, is not repeated as news). A news event that reaches
     * one public only names it, e.g. "Kimchi dispute (KR)".
     */
    public static List<TimelineEvent> timeline(World w) {
        List<TimelineEvent> out = new ArrayList<>();
        java.util.Set<java.time.LocalDate> shocks = new java.util.HashSet<>();
        for (PolicyEvent e : w.policyState().events()) {
            out.add(new TimelineEvent(e.date(), TimelineEvent.Kind.valueOf(e.kind()), e.label()));
            if (e.kind().equals(TimelineEvent.Kind.SHOCK.name())) shocks.add(e.date());
        }
        java.time.LocalDate first = w.calendar().start().atDay(1);
        java.time.LocalDate end = w.calendar().start().plusMonths(w.calendar().months()).atDay(1);
        for (culturebridge.model.opinion.NewsEvent n : w.news().events()) {
            if (n.date().isBefore(first) || !n.date().isBefore(end) || shocks.contains(n.date()) || n.size() == 0) continue;
            String who = n.reaches(0) && n.reaches(1) ? "" : " (" + w.country(n.reaches(0) ? 0 : 1).code() + ")";
            out.add(new TimelineEvent(n.date(), n.size() < 0 ? TimelineEvent.Kind.NEWS_HOSTILE : TimelineEvent.Kind.NEWS_FRIENDLY,
                    n.label() + who));
        }
        out.sort(java.util.Comparator.comparing(TimelineEvent::date));
        return out;
    }
}
