package culturebridge.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.model.Medium;
import culturebridge.model.policy.ExchangePolicy;
import culturebridge.model.policy.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A two-sided policy (policy.sides) reads as written, and each mistake in it is refused with its place and a hint. */
class TwoSidedPolicyErrorsTest {
    @TempDir
    Path dir;

    /** A valid two-sided scenario; the cases below change one thing in it. */
    static final String VALID = """
            start: 2026-01
            months: 12
            countries: cn-kr
            policy:
              sides:
                CN:
                  stages:
                    - name: cn-0
                      quota: {film: 0, drama: 1, music: 0, digital: 4}
                      platformLicences: {drama: 1}
                    - name: cn-1
                      enter: {date: 2026-07, requires: kr-1}
                      quota: {film: 2}
                      groupTours: banned
                KR:
                  stages:
                    - name: kr-0
                      quota: unlimited
                      coproduction: [film]
                    - name: kr-1
                      enter: {requires: cn-1}
                      broadcastSlots: 3
              rollbacks:
                - when: {metric: tension, above: 0.6}
                  toStage: cn-0
                  reentryLagMonths: 6
                  response: {toStage: kr-0, reentryLagMonths: 2}
            """;

    Path write(String yaml) throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    ScenarioException refuse(String yaml) throws IOException {
        Path f = write(yaml);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, TestMetrics::names));
    }

    static void assertHas(ScenarioException e, String path, String... fragments) {
        String msg = e.getMessage();
        assertEquals(path, e.fieldPath(), msg);
        for (String f : fragments) assertTrue(msg.contains(f), "'" + f + "' missing from: " + msg);
    }

    @Test
    void validTwoSidedPolicyReadsAsWritten() throws Exception {
        ExchangePolicy p = ScenarioLoader.load(write(VALID), TestMetrics::names).setup().policy();
        assertTrue(p.twoSided());
        assertEquals(4, p.stages().size());
        Stage cn1 = p.stages().get(1);
        assertEquals(0, cn1.side());
        assertEquals("kr-1", cn1.entry().requires());
        assertEquals(2, cn1.quota(0, Medium.FILM));
        assertEquals(1, cn1.quota(0, Medium.DRAMA), "inherited from the stage before on the same side");
        assertEquals(1, cn1.gates().platformLicences()[0][Medium.DRAMA.ordinal()], "inherited");
        assertEquals(Stage.UNLIMITED, cn1.gates().platformLicences()[0][Medium.FILM.ordinal()], "never given: open");
        assertEquals(0.0, cn1.gates().groupTours()[0]);
        Stage kr1 = p.stages().get(3);
        assertEquals(3, kr1.gates().broadcastSlots()[1][Medium.MUSIC.ordinal()]);
        assertTrue(kr1.coproductionAllowed(Medium.FILM), "inherited");
        assertEquals(2, p.rollbacks().get(0).response().toStage());
        assertEquals(2, p.rollbacks().get(0).response().reentryLagMonths());
    }

    @Test
    void aMisspeltLeverIsRefusedWithTheClosestName() throws Exception {
        ScenarioException e = refuse(VALID.replace("platformLicences: {drama: 1}", "platformLicenses: {drama: 1}"));
        assertHas(e, "policy.sides.CN.stages[0].platformLicenses", "unknown key 'platformLicenses' in a stage of side CN",
                "did you mean 'platformLicences'", "Valid keys: ");
    }

    @Test
    void aSideLeverInAJointStageSaysToUseSides() throws Exception {
        String joint = """
                start: 2026-01
                months: 12
                countries: cn-kr
                policy:
                  stages:
                    - name: s0
                      quota: {CN: 0, KR: unlimited}
                      broadcastSlots: 2
                """;
        assertHas(refuse(joint), "policy.stages[0].broadcastSlots", "'broadcastSlots' is a lever of one side's stage", "sides:");
        assertHas(refuse(joint.replace("      broadcastSlots: 2\n", "    - name: s1\n      enter: {requires: s0}\n")),
                "policy.stages[1].enter.requires", "'requires' names the partner's step");
    }

    @Test
    void requiresMustNameAPartnersStage() throws Exception {
        assertHas(refuse(VALID.replace("requires: kr-1}", "requires: kr-2}")), "policy.sides.CN.stages[1].enter.requires",
                "unknown stage 'kr-2'; did you mean", "KR's stages: kr-0, kr-1");
        assertHas(refuse(VALID.replace("requires: kr-1}", "requires: cn-0}")), "policy.sides.CN.stages[1].enter.requires",
                "stage 'cn-0' is on side CN's own path", "KR's stages: kr-0, kr-1");
    }

    @Test
    void aResponseMustReturnThePartner() throws Exception {
        assertHas(refuse(VALID.replace("response: {toStage: kr-0", "response: {toStage: cn-1")), "policy.rollbacks[0].response.toStage",
                "stage 'cn-1' is not on the partner's path", "KR's stages: kr-0, kr-1");
        assertHas(refuse(VALID.replace("response: {toStage: kr-0, reentryLagMonths: 2}", "response: {toStage: kr-0, lag: 2}")),
                "policy.rollbacks[0].response.lag", "unknown key 'lag' in a response", "Valid keys: toStage, reentryLagMonths");
    }

    @Test
    void sidesAreBothGivenAndNotMixedWithJointStages() throws Exception {
        int kr = VALID.indexOf("    KR:");
        int rb = VALID.indexOf("  rollbacks:");
        String noKorea = VALID.substring(0, kr) + VALID.substring(rb).replace("      response: {toStage: kr-0, reentryLagMonths: 2}\n", "");
        assertHas(refuse(noKorea.replace("requires: kr-1}", "notBefore: 2026-07}")), "policy.sides.KR", "missing required field 'KR'");
        assertHas(refuse(VALID.replace("    CN:\n", "    CM:\n")), "policy.sides.CM", "unknown key 'CM' in sides", "did you mean 'CN'");
        assertHas(refuse(VALID.replace("  rollbacks:", "  stages: []\n  rollbacks:")), "policy.stages", "either 'stages'");
    }

    @Test
    void aSidesQuotaIsByMediumAndGateValuesAreChecked() throws Exception {
        assertHas(refuse(VALID.replace("quota: {film: 2}", "quota: {CN: {film: 2}}")), "policy.sides.CN.stages[1].quota.CN",
                "by medium only");
        assertHas(refuse(VALID.replace("quota: {film: 0, drama: 1, music: 0, digital: 4}", "quota: {film: 0, drama: 1}")),
                "policy.sides.CN.stages[0].quota", "must give a quota for every medium; missing: music, digital");
        assertHas(refuse(VALID.replace("groupTours: banned", "groupTours: closed")), "policy.sides.CN.stages[1].groupTours",
                "'permitted', 'banned' or the permitted share");
        assertHas(refuse(VALID.replace("broadcastSlots: 3", "broadcastSlots: {drama: -1}")),
                "policy.sides.KR.stages[1].broadcastSlots.drama", "whole number >= 0 or 'unlimited'");
        assertHas(refuse(VALID.replace("enter: {requires: cn-1}", "enter: {}")), "policy.sides.KR.stages[1].enter",
                "the partner's step it requires");
    }
}
