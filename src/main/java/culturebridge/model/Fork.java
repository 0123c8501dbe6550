package culturebridge.model;

import culturebridge.model.params.ParameterCatalogue;
import culturebridge.model.params.ParameterSpec;
import java.time.YearMonth;
import java.util.List;

/**
 * Which policy arms can continue a warmed-up world: an arm takes over the population, studios
 * and everything else the warm-up built ({@link World#continueAs}), so it must start where the
 * warm-up ends and describe the same population.
 */
public final class Fork {
    private Fork() {}

    /**
     * Parameters fixed by the population a world was built with (declared {@code populationShaping}
     * in the catalogue): a policy arm forked from it must have the same values (the agents, their
     * ties and the studios exist already).
     */
    public static final List<String> POPULATION_PARAMETERS = ParameterCatalogue.populationShaping();

    /**
     * Why a policy arm cannot continue a world built from {@code warmup}, or null when it can:
     * the arm must start the month after the warm-up ends, name the same two countries with the
     * same cities in the same order and the same studio capabilities, and keep the
     * {@link #POPULATION_PARAMETERS}.
     */
    public static String conflict(Setup warmup, Setup arm) {
        YearMonth end = warmup.start().plusMonths(warmup.months());
        if (!arm.start().equals(end)) {
            return "the warm-up '" + warmup.name() + "' covers " + warmup.start() + " to " + end.minusMonths(1)
                    + ", so its arms must start " + end + "; this scenario starts " + arm.start();
        }
        for (int c = 0; c < 2; c++) {
            Country w = warmup.countries().get(c);
            Country a = arm.countries().get(c);
            if (!w.code().equals(a.code())) {
                return "country " + (c + 1) + " is " + a.code() + " here but " + w.code() + " in the warm-up '" + warmup.name() + "'";
            }
            List<String> wc = w.cities().stream().map(City::name).toList();
            List<String> ac = a.cities().stream().map(City::name).toList();
            if (!wc.equals(ac)) {
                return "the cities of " + a.code() + " differ from the warm-up's (" + String.join(", ", wc)
                        + "): agents live in those cities, so an arm must list the same ones in the same order";
            }
            if (w.studioCapability() != a.studioCapability()) {
                return "studioCapability of " + a.code() + " is " + a.studioCapability() + " here but " + w.studioCapability()
                        + " in the warm-up: the studios exist already";
            }
        }
        Params wp = warmup.params();
        Params ap = arm.params();
        for (ParameterSpec spec : ParameterCatalogue.all()) {
            if (!spec.populationShaping()) continue;
            Object inWarmup = wp.get(spec);
            Object inArm = ap.get(spec);
            if (!inWarmup.equals(inArm)) {
                return spec.name() + " is " + inArm + " here but " + inWarmup + " in the warm-up '" + warmup.name()
                        + "': the population exists already (run the warm-up with the same value)";
            }
        }
        return null;
    }
}
