package culturebridge.model.policy;

/**
 * Entry requirement for one direction of travel. A visa requirement cuts bilateral travel by
 * 52-63% on average (Neumayer 2010, 1995-2005 dyads), which {@code visaRequiredFactor} encodes;
 * "eased" stands for streamlined procedures and multiple-entry visas such as Korea's 2010
 * measures for Chinese visitors (data/events.csv, 2010 H2), its factor an assumption to calibrate.
 */
public enum Visa {
    REQUIRED("required"), EASED("eased"), FREE("free");

    /** Name in scenario files. */
    public final String key;

    Visa(String key) { this.key = key; }

    /** The value for a scenario-file name, or null. */
    public static Visa byKey(String key) {
        for (Visa v : values()) if (v.key.equals(key)) return v;
        return null;
    }
}
