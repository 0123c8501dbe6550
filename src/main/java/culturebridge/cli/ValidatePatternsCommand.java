package culturebridge.cli;

import culturebridge.experiment.validation.PatternCheck;
import culturebridge.experiment.validation.PatternValidator;
import culturebridge.scenario.ScenarioException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code validate-patterns}: the table of documented patterns the model should reproduce. */
@Command(name = "validate-patterns", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the validation scenarios and print, with numbers and pass/fail, the documented patterns "
                + "(Bass adoption, revenue tail, seasonality, MERS dip, Korea's 1998-2004 opening to Japanese culture, "
                + "each public's view of the other against Pew and CISS, content shares, soft-power asymmetry), "
                + "split into the calibration window (to 2019) and out of sample (2020 on)."})
final class ValidatePatternsCommand implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--agents", paramLabel = "N", defaultValue = "40000", description = "audience agents per run (default: ${DEFAULT-VALUE})")
    int agents;

    @Mixin SharedOptions.Seed seed;
    @Mixin SharedOptions.Threads threads;

    @Option(names = "--replicates", paramLabel = "N", defaultValue = "5",
            description = "runs of the history (seeds S, S+1, ...) for the survey, content and soft-power rows (default: ${DEFAULT-VALUE})")
    int replicates;

    @Option(names = "--scenarios", paramLabel = "DIR", defaultValue = "scenarios", description = "folder of scenario files (default: ${DEFAULT-VALUE})")
    Path scenarios;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int n = threads.atLeastOne(err);
        if (n < 0) return Main.BAD_INPUT;
        List<PatternCheck> checks;
        try {
            checks = new PatternValidator(scenarios, agents, seed.value, n, replicates).run();
        } catch (ScenarioException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        int passed = 0;
        String window = null;
        for (PatternCheck c : checks.stream().sorted(java.util.Comparator.comparing(PatternCheck::window)).toList()) {
            if (!c.window().equals(window)) {
                window = c.window();
                out.printf("== %s ==%n", window);
            }
            out.printf("%s  %s%n", c.pass() ? "PASS" : "FAIL", c.pattern());
            out.printf("      measure:   %s%n", c.measure());
            out.printf("      simulated: %s%n", c.simulated());
            out.printf("      observed:  %s%n", c.observed());
            out.printf("      criterion: %s%n", c.criterion());
            if (c.pass()) passed++;
        }
        out.printf("%d of %d patterns reproduced%n", passed, checks.size());
        out.flush();
        return 0;
    }
}
