package culturebridge.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import culturebridge.scenario.CalibrationReader;
import culturebridge.scenario.CalibrationSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped posterior: a file scenarios can read (draw, weight, the calibration file's
 * parameters within their prior bounds, weights summing to 1), and the ODD's table of calibrated
 * parameters is what {@code params --posterior} prints for it.
 */
class PosteriorTableTest {
    private static final Path SHIPPED = Path.of("scenarios/calibration/posterior-2010-2019.csv");

    @TempDir Path tmp;

    @Test
    void theShippedPosteriorHoldsTheCalibratedParametersWithinTheirPriors() throws Exception {
        PosteriorTable.Posterior p = PosteriorTable.read(SHIPPED);
        CalibrationSpec spec = CalibrationReader.read(Path.of("scenarios/calibration/history-2010-2019.yaml"));
        assertEquals(spec.names(), p.names());
        double sum = 0;
        for (double w : p.weights()) sum += w;
        assertEquals(1, sum, 1e-9);
        for (double[] x : p.particles()) {
            for (int i = 0; i < x.length; i++) {
                var par = spec.parameters().get(i);
                assertTrue(x[i] >= par.min() && x[i] <= par.max(), par.name() + " = " + x[i]);
            }
        }
        String raw = Files.readString(SHIPPED);
        assertTrue(raw.startsWith("# posterior of history-2010-2019.yaml: ABC-SMC"), "the file says how it was made");
    }

    @Test
    void theOddTableOfCalibratedParametersIsUpToDate() throws IOException {
        String odd = Files.readString(Path.of("src/site/markdown/odd.md"));
        int b = odd.indexOf(PosteriorTable.BEGIN);
        int e = odd.indexOf(PosteriorTable.END);
        assertTrue(b >= 0 && e > b, "odd.md has the posterior markers");
        assertEquals(PosteriorTable.markdown(SHIPPED).strip(), odd.substring(b + PosteriorTable.BEGIN.length(), e).strip(),
                "regenerate with: java -jar target/culturebridge.jar params --posterior " + SHIPPED);
    }

    @Test
    void aFileThatIsNotAPosteriorIsRefused() throws IOException {
        Path f = tmp.resolve("p.csv");
        Files.writeString(f, "weight,draw,x\n1,0,2\n");
        assertThrows(IOException.class, () -> PosteriorTable.read(f));
        Files.writeString(f, "draw,weight,x\n0,0.5,2\n1,0.5,4\n2,0,100\n");
        String table = PosteriorTable.markdown(f);
        assertTrue(table.contains("| `x` | (scenario field) | - | 2.00 | [2.00, 4.00] |"), table);
    }
}
