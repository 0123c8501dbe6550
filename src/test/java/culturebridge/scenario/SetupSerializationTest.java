package culturebridge.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import culturebridge.model.Setup;
import culturebridge.output.Metrics;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A set-up survives Java serialization unchanged, to the bit: Spark ships set-ups to its tasks
 * that way, checkpoints and warm-ups store them that way, and the warm-up cache is keyed by
 * their serialized form. (A record constructor that normalised seasonal factors ran again on
 * every deserialisation and moved them by an ulp, so Spark sweeps differed from local ones in
 * rare expected-arrival figures and never found the local warm-ups.)
 */
class SetupSerializationTest {

    static Stream<Path> scenarios() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static byte[] serialize(Object o) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        }
        return b.toByteArray();
    }

    private static Object deserialize(byte[] bytes) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void roundTripsToTheSameBytesAndFactors(Path file) throws Exception {
        Setup setup = ScenarioLoader.load(file, Map.of("agents", "2000"), Metrics::names).setup();
        byte[] once = serialize(setup);
        Setup copy = (Setup) deserialize(once);
        assertArrayEquals(once, serialize(copy), file + ": serialized form changed by a round trip");
        for (int c = 0; c < 2; c++) {
            for (int month = 1; month <= 12; month++) {
                assertEquals(setup.countries().get(c).travel().season(month), copy.countries().get(c).travel().season(month), 0.0,
                        file + ": seasonal factor of month " + month);
            }
        }
        List<Setup> warm = setup.warmup() == null ? List.of() : List.of(setup.warmup());
        for (Setup w : warm) assertArrayEquals(serialize(w), serialize(deserialize(serialize(w))), file + ": warm-up set-up");
    }
}
