package culturebridge.experiment.sweep;

import culturebridge.model.Setup;
import java.util.List;

/**
 * Everything one run needs, in a form that can be shipped to a Spark executor: which run it is,
 * the world set-up of its design point, and the factor levels written on its output rows.
 *
 * @param key          run, point, replicate, seed
 * @param setup        the design point's set-up
 * @param factorLevels the level of each factor at this point, as written in outputs
 */
public record RunTask(RunKey key, Setup setup, List<String> factorLevels) implements java.io.Serializable {
    public RunTask {
        factorLevels = List.copyOf(factorLevels);
    }
}
