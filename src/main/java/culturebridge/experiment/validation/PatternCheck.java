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
 * @param window    which data it is held against: the calibration window (to 2019), out of
 *                  sample (2020 on), or a check of the model's mechanics
 */
public record PatternCheck(String pattern, String measure, String simulated, String observed, String criterion,
                           boolean pass, String window) {

    /** Rows that check the model's mechanics or stylised facts rather than a dated observation. */
    public static final String MECHANICS = "model mechanics and stylised facts";

    /** A check of the model's mechanics (no calibration window applies). */
    public PatternCheck(String pattern, String measure, String simulated, String observed, String criterion, boolean pass) {
        this(pattern, measure, simulated, observed, criterion, pass, MECHANICS);
    }
}
