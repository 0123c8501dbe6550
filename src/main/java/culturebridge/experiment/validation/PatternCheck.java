package culturebridge.experiment.validation;

/**
 * One documented pattern and whether the model reproduces it (pattern-oriented modelling,
 * Grimm et al. 2005).
 *
 * @param pattern   the pattern
 * @param measure   what is measured
 * @param simulated the simulated value(s), formatted
 * @param observed  the observed or expected value(s), formatted
 * @param criterion the pass criterion
 * @param pass      whether it passed
 */
public record PatternCheck(String pattern, String measure, String simulated, String observed, String criterion,
                           boolean pass) {
}
