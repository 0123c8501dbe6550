package culturebridge.model.params;

/**
 * Where a parameter's default value comes from. The parameter table prints the label after the
 * citations, so a reader sees at once which values rest on a source and which are open.
 */
public enum Basis {
    /** The value is taken from the cited source(s). */
    SOURCE(null),
    /** No source gives the value: a modelling assumption (citations, if any, support the form, not the number). */
    ASSUMPTION("assumption"),
    /** The value is fitted by calibration; the calibrated values are kept in the calibrated-*.yaml files of scenarios/calibration/. */
    CALIBRATED("calibrated"),
    /** A setting of the simulation (size, network form), chosen per run, not a property of the world. */
    SETTING("simulation setting");

    private final String label;

    Basis(String label) {
        this.label = label;
    }

    /** The words the parameter table prints for this basis, or null where the citations say it all. */
    public String label() {
        return label;
    }
}
