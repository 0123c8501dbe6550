package culturebridge.model.params;

/**
 * A part of the model that a parameter belongs to, in the order the model description (ODD)
 * presents them; its title heads that part of the parameter table.
 */
public enum Section {
    POPULATION("Population and network"),
    ADOPTION("Adoption (network Bass, per medium)"),
    ATTITUDE("Attitude"),
    CLIMATE("Political climate"),
    STUDIOS("Studios and titles"),
    REGULATORS("Regulators"),
    TRAVEL("Travel"),
    SOFT_POWER("Soft-power index");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    /** The heading of this section in the parameter table. */
    public String title() {
        return title;
    }
}
