package culturebridge.model.channel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** China's co-production rules: a third of the principal cast, set and shot in China, an approved script. */
class CoproductionRulesTest {

    @Test
    void eachRuleCanRefuseAProject() {
        assertTrue(CoproductionRules.qualifies(true, 0.5, true, true));
        assertTrue(CoproductionRules.qualifies(true, 1.0 / 3.0, true, true), "one third is enough");
        assertFalse(CoproductionRules.qualifies(true, 0.3, true, true), "under a third of the principal cast");
        assertFalse(CoproductionRules.qualifies(true, 0.5, false, true), "not set and shot in the licensing country");
        assertFalse(CoproductionRules.qualifies(true, 0.5, true, false), "script refused");
    }

    @Test
    void withoutALicensingRegulatorOnlyTheScriptCounts() {
        assertTrue(CoproductionRules.qualifies(false, 0.0, false, true));
        assertFalse(CoproductionRules.qualifies(false, 1.0, true, false));
    }
}
