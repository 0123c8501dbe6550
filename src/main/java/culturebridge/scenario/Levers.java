package culturebridge.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an arm of a comparison claims to change: its baseline arm (another scenario file) and
 * the resolved fields ({@link ArmFields}) it declares as levers, together with the fields in
 * which it actually differs from the baseline once both are loaded. An arm whose differences
 * are not all declared compares more than its policy.
 *
 * @param baseline     the baseline arm's name
 * @param baselineFile the baseline arm's file
 * @param declared     the levers the arm declares, in file order
 * @param differs      the resolved fields in which the arm differs from its baseline, in
 *                     {@link ArmFields} order
 */
public record Levers(String baseline, Path baselineFile, List<String> declared, List<String> differs) {

    public Levers {
        declared = List.copyOf(declared);
        differs = List.copyOf(differs);
    }

    /** The fields in which the arm differs from its baseline without declaring them levers. */
    public List<String> undeclared() {
        List<String> out = new ArrayList<>(differs);
        out.removeAll(declared);
        return out;
    }
}
