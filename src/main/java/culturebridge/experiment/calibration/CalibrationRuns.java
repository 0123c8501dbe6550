package culturebridge.experiment.calibration;

import culturebridge.experiment.Replicates;
import culturebridge.model.Setup;
import culturebridge.output.Metrics;
import culturebridge.output.MonthlySeries;
import culturebridge.scenario.CalibrationSpec;
import culturebridge.scenario.ParamsBinder;
import culturebridge.scenario.ScenarioException;
import culturebridge.scenario.ScenarioLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulations of a calibration: the scenario with the fixed overrides and a particle's
 * parameter values, run to the window's end (calibration) or over the whole scenario
 * (predictive checks). Every particle runs the same replicate seeds (common random numbers),
 * so particles differ by their parameters only. The history starts at the window's start and
 * has no warm-up, so there is no parameter-free prefix to share between particles.
 */
public final class CalibrationRuns {
    private final CalibrationSpec spec;
    private final Integer agents;
    private final int windowMonths;
    private final int scenarioMonths;

    /**
     * @param agents agents per run, overriding the scenario and the file's {@code set:} (null: keep theirs)
     */
    public CalibrationRuns(CalibrationSpec spec, Integer agents) throws ScenarioException {
        this.spec = spec;
        this.agents = agents;
        Setup base = ScenarioLoader.load(spec.scenario(), spec.fixed(), Metrics::names).setup();
        this.windowMonths = spec.window().monthsFrom(base.start());
        this.scenarioMonths = base.months();
        if (windowMonths < 1 || windowMonths > scenarioMonths) {
            throw new ScenarioException(spec.file().toString(), 0, 0, "window", "the window ends at " + spec.window().to()
                    + ", outside the scenario's months (" + base.start() + ", " + scenarioMonths + " months)");
        }
        for (CalibrationSpec.Target t : spec.targets()) {
            if (!Metrics.forSetup(base).stream().anyMatch(m -> m.name().equals(t.metric()))) {
                throw new ScenarioException(spec.file().toString(), 0, 0, "targets", "the scenario has no metric '" + t.metric() + "'");
            }
        }
    }

    /** Months run by a calibration particle: from the scenario's start to the window's end. */
    public int windowMonths() {
        return windowMonths;
    }

    /** The set-up of a particle: to the window's end, or over the whole scenario if {@code whole}. */
    public Setup setup(double[] theta, boolean whole) throws ScenarioException {
        Map<String, String> sets = new LinkedHashMap<>(spec.fixed());
        if (agents != null) sets.put("agents", agents.toString());
        sets.put("months", Integer.toString(whole ? scenarioMonths : windowMonths));
        for (int i = 0; i < theta.length; i++) {
            String name = spec.parameters().get(i).name();
            boolean integer = !ScenarioLoader.isFieldPath(name) && ParamsBinder.propertyType(name) == int.class;
            sets.put(name, integer ? Long.toString(Math.round(theta[i])) : Double.toString(theta[i]));
        }
        return ScenarioLoader.load(spec.scenario(), sets, Metrics::names).setup();
    }

    /** Runs replicates one after another (particles run in parallel, each on one thread). */
    public static List<MonthlySeries> run(Setup setup, long baseSeed, int first, int replicates) {
        List<MonthlySeries> out = new ArrayList<>();
        for (int k = first; k < first + replicates; k++) {
            out.add(Replicates.run(setup, k, Replicates.seed(baseSeed, k), 1, null).series());
        }
        return out;
    }

    /** The ABC distance of a particle (infinite if the scenario refuses its values). */
    public double distance(double[] theta) {
        Setup setup;
        try {
            setup = setup(theta, false);
        } catch (ScenarioException e) {
            return Double.POSITIVE_INFINITY;
        }
        return TargetFit.distance(spec.targets(), run(setup, spec.seed(), 0, spec.replicates()));
    }
}
