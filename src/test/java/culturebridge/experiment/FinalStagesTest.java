package culturebridge.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import culturebridge.experiment.compare.FinalStages;
import culturebridge.output.MonthlySeries;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run's summary names the stage each replicate ends in, not replicate 0's for all. */
class FinalStagesTest {

    private static MonthlySeries ending(String stage) {
        return new MonthlySeries(1, List.of("x"), List.of(YearMonth.of(2030, 11), YearMonth.of(2030, 12)),
                List.of("status-quo", stage), new double[][] {{0}, {0}});
    }

    @Test
    void replicatesThatDifferAreCounted() {
        // replicate 0 ends in music while most end in digital: naming replicate 0's stage would misreport the run
        List<MonthlySeries> reps = List.of(ending("music"), ending("digital"), ending("digital"), ending("films"),
                ending("digital"));
        assertEquals("stage 'digital' in 3 of 5 replicates, 'music' in 1, 'films' in 1", FinalStages.describe(reps));
    }

    @Test
    void agreementAndSingleRunsAreSaidPlainly() {
        assertEquals("stage 'digital' in all 2 replicates", FinalStages.describe(List.of(ending("digital"), ending("digital"))));
        assertEquals("stage 'digital'", FinalStages.describe(List.of(ending("digital"))));
    }
}
