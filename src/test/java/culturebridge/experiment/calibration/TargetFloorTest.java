package culturebridge.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.scenario.CalibrationSpec;
import java.time.YearMonth;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A log-scale target reads a simulation below its floor as the floor. */
class TargetFloorTest {
    private static CalibrationSpec.Target target(double floor) {
        return new CalibrationSpec.Target("films", "content_share.CN.film.in.KR", CalibrationSpec.Compare.MEAN_OF_MONTHS, 1, 6,
                true, new TreeMap<>(java.util.Map.of(YearMonth.of(2017, 6), 0.0047)), new TreeMap<>(), 0.25, 1.0, "test", floor);
    }

    @Test
    void aZeroSimulationIsAsFarAsTheFloorAndNoFarther() {
        CalibrationSpec.Target floored = target(0.0012);
        assertEquals(Math.log(0.0012), TargetFit.scaled(floored, 0), 1e-12);
        assertEquals(Math.log(0.003), TargetFit.scaled(floored, 0.003), 1e-12, "above the floor the value itself");
        double zFloored = (TargetFit.scaled(floored, 0) - TargetFit.scaled(floored, 0.0047)) / floored.sd();
        CalibrationSpec.Target unfloored = target(CalibrationSpec.Target.DEFAULT_FLOOR);
        double zDefault = (TargetFit.scaled(unfloored, 0) - TargetFit.scaled(unfloored, 0.0047)) / unfloored.sd();
        assertTrue(Math.abs(zFloored) < 1.5 && Math.abs(zDefault) > 14, zFloored + " vs " + zDefault);
    }
}
