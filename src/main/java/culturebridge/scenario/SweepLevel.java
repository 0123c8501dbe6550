package culturebridge.scenario;

import java.util.List;

/**
 * One value a sweep factor takes: the changes it makes to the scenario document, and for a
 * scenario variant possibly a different scenario file to start from.
 *
 * @param label    the value as shown in outputs ({@code 2}, {@code 2027-03-15}, a variant's name)
 * @param changes  field changes made to the scenario document
 * @param scenario a variant's own scenario (with the sweep's fixed changes applied), or null
 *                 to keep the sweep's base scenario
 */
public record SweepLevel(String label, List<DocumentOverride> changes, ScenarioDocument scenario) {
    public SweepLevel {
        changes = List.copyOf(changes);
    }
}
