package culturebridge.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableWriterTest {

    @TempDir
    Path tmp;

    private static final List<String> COLUMNS = List.of("tension", "adoption.CN.film.in.KR");
    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
    private static final List<String> STAGES = List.of("closed", "closed", "films, dramas");

    private static List<MonthlySeries> replicates() {
        MonthlySeries r0 = new MonthlySeries(42, COLUMNS, MONTHS, STAGES, new double[][]{
                {0.1, 0.0},
                {0.25, 1e-7},
                {Double.NaN, 0.5}});
        MonthlySeries r1 = new MonthlySeries(-7, COLUMNS, MONTHS, STAGES, new double[][]{
                {3.0, -0.0},
                {1234567.5, 2.5e15},
                {1.0 / 3.0, 0.1 + 0.2}});
        return List.of(r0, r1);
    }

    private static LinkedHashMap<String, Object> params() {
        LinkedHashMap<String, Object> p = new LinkedHashMap<>();
        p.put("audiences", 1000);
        p.put("pFilm", 0.03);
        p.put("start", YearMonth.of(2026, 1));
        p.put("visaFree", true);
        p.put("note", null);
        return p;
    }

    private static final String EXPECTED = ""
            + "scenario,replicate,seed,draw,date,stage,tension,adoption.CN.film.in.KR,param.audiences,param.pFilm,param.start,param.visaFree,param.note\n"
            + "baseline,0,42,,2026-01,closed,0.1,0,1000,0.03,2026-01,true,\n"
            + "baseline,0,42,,2026-02,closed,0.25,1.0E-7,1000,0.03,2026-01,true,\n"
            + "baseline,0,42,,2026-03,\"films, dramas\",,0.5,1000,0.03,2026-01,true,\n"
            + "baseline,1,-7,,2026-01,closed,3,0,1000,0.03,2026-01,true,\n"
            + "baseline,1,-7,,2026-02,closed,1234567.5,2.5E15,1000,0.03,2026-01,true,\n"
            + "baseline,1,-7,,2026-03,\"films, dramas\",0.3333333333333333,0.30000000000000004,1000,0.03,2026-01,true,\n";

    @Test
    void writesExactlyTheExpectedTable() throws IOException {
        Path f = tmp.resolve("monthly.csv");
        CsvTableWriter.write(f, "baseline", replicates(), params());
        assertEquals(EXPECTED, Files.readString(f));
    }

    @Test
    void identicalInputGivesIdenticalBytes() throws IOException {
        Path a = tmp.resolve("a/monthly.csv");
        Path b = tmp.resolve("b/monthly.csv");
        CsvTableWriter.write(a, "baseline", replicates(), params());
        CsvTableWriter.write(b, "baseline", replicates(), params());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        CsvTableWriter.write(a, "baseline", replicates(), params());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "rewriting in place gives the same bytes");
    }

    @Test
    void parsesBackToTheSameNumbers() throws IOException {
        Path f = tmp.resolve("monthly.csv");
        List<MonthlySeries> reps = replicates();
        CsvTableWriter.write(f, "baseline", reps, params());
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(f); CSVParser parser = CSVParser.parse(in, fmt)) {
            assertEquals(CsvTableWriter.header(COLUMNS, params()), parser.getHeaderNames());
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(6, rows.size());
            for (int r = 0; r < 2; r++) {
                for (int m = 0; m < 3; m++) {
                    CSVRecord row = rows.get(r * 3 + m);
                    assertEquals(Integer.toString(r), row.get("replicate"));
                    assertEquals(reps.get(r).seed(), Long.parseLong(row.get("seed")));
                    assertEquals(MONTHS.get(m), YearMonth.parse(row.get("date")));
                    assertEquals(STAGES.get(m), row.get("stage"));
                    for (String c : COLUMNS) {
                        double expected = reps.get(r).series(c)[m];
                        String field = row.get(c);
                        if (Double.isNaN(expected)) {
                            assertEquals("", field);
                        } else {
                            // -0.0 is written as 0 on purpose; every other value round-trips exactly.
                            assertEquals(expected == 0 ? 0.0 : expected, Double.parseDouble(field), 0.0, c + " " + field);
                        }
                    }
                }
            }
        }
    }

    @Test
    void numberFormatIsPlainInTheUsualRangeAndRoundTrips() {
        assertEquals("0", CsvTableWriter.formatDouble(-0.0));
        assertEquals("12", CsvTableWriter.formatDouble(12.0));
        assertEquals("-0.000001", CsvTableWriter.formatDouble(-1e-6));
        assertEquals("123456789012345", CsvTableWriter.formatDouble(123456789012345.0));
        assertEquals("1.0E15", CsvTableWriter.formatDouble(1e15));
        assertEquals("Infinity", CsvTableWriter.formatDouble(Double.POSITIVE_INFINITY));
        assertEquals("", CsvTableWriter.formatDouble(Double.NaN));
        java.util.Random rnd = new java.util.Random(1);
        for (int i = 0; i < 10_000; i++) {
            double x = Double.longBitsToDouble(rnd.nextLong());
            if (!Double.isFinite(x) || x == 0) continue;
            assertEquals(x, Double.parseDouble(CsvTableWriter.formatDouble(x)), 0.0);
            double y = rnd.nextDouble() * Math.pow(10, rnd.nextInt(20) - 8);
            assertEquals(y, Double.parseDouble(CsvTableWriter.formatDouble(y)), 0.0);
        }
    }

    @Test
    void appenderWritesPerRunParametersAndNothingUntilCommitted() throws IOException {
        Path f = tmp.resolve("sweep.csv");
        LinkedHashMap<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("pFilm", 0.03);
        MonthlySeries one = new MonthlySeries(5, List.of("tension"), List.of(YearMonth.of(2026, 1)), List.of("s1"),
                new double[][]{{0.5}});
        try (CsvTableWriter.Appender out = CsvTableWriter.open(f, "sweep", List.of("tension"), defaults)) {
            out.append(0, one);
            LinkedHashMap<String, Object> other = new LinkedHashMap<>();
            other.put("pFilm", 0.05);
            out.append(1, one, other);
            assertFalse(Files.exists(f));
            assertEquals(2, out.rows());
            out.commit();
        }
        assertEquals("scenario,replicate,seed,draw,date,stage,tension,param.pFilm\n"
                + "sweep,0,5,,2026-01,s1,0.5,0.03\n"
                + "sweep,1,5,,2026-01,s1,0.5,0.05\n", Files.readString(f));

        Path g = tmp.resolve("abandoned.csv");
        try (CsvTableWriter.Appender out = CsvTableWriter.open(g, "sweep", List.of("tension"), defaults)) {
            out.append(0, one);
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("sweep.csv"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void refusesMismatchedReplicates() throws IOException {
        MonthlySeries a = new MonthlySeries(1, List.of("tension"), List.of(YearMonth.of(2026, 1)), List.of("s"), new double[][]{{0}});
        MonthlySeries b = new MonthlySeries(2, List.of("coproductions"), List.of(YearMonth.of(2026, 1)), List.of("s"), new double[][]{{0}});
        Path f = tmp.resolve("bad.csv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvTableWriter.write(f, "x", List.of(a, b), new LinkedHashMap<>()));
        assertTrue(e.getMessage().contains("coproductions"), e.getMessage());
        assertFalse(Files.exists(f));
        assertThrows(IllegalArgumentException.class, () -> CsvTableWriter.write(f, "x", List.of(), new LinkedHashMap<>()));
    }

    @Test
    void dateAndStageColumnsAreNotRepeated() {
        assertEquals(List.of("scenario", "replicate", "seed", "draw", "date", "stage", "tension", "param.q"),
                CsvTableWriter.header(List.of("date", "stage", "tension"), java.util.Map.of("q", 1)));
    }

    @Test
    void writesEventsTable() throws IOException {
        Path f = tmp.resolve("events.csv");
        List<TimelineEvent> ev = List.of(
                new TimelineEvent(LocalDate.of(2026, 3, 1), TimelineEvent.Kind.STAGE, "films"),
                new TimelineEvent(LocalDate.of(2026, 9, 15), TimelineEvent.Kind.SHOCK, "missile \"THAAD\""));
        CsvTableWriter.writeEvents(f, "base", List.of(9L, 10L), List.of(ev, List.of()));
        assertEquals("scenario,replicate,seed,draw,date,kind,label\n"
                + "base,0,9,,2026-03-01,STAGE,films\n"
                + "base,0,9,,2026-09-15,SHOCK,\"missile \"\"THAAD\"\"\"\n", Files.readString(f));
    }

    @Test
    void rowsOfAPosteriorDrawCarryItsNameAndValues() throws IOException {
        Path f = tmp.resolve("drawn.csv");
        MonthlySeries one = new MonthlySeries(5, List.of("tension"), List.of(YearMonth.of(2026, 1)), List.of("s1"),
                new double[][] {{0.5}});
        LinkedHashMap<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("pFilm", 0.03);
        try (CsvTableWriter.Appender out = CsvTableWriter.open(f, "arm", List.of("tension"), defaults)) {
            out.append(0, "17", one, java.util.Map.of("pFilm", 0.04));
            out.append(1, "3", one, java.util.Map.of("pFilm", 0.05));
            out.commit();
        }
        assertEquals("scenario,replicate,seed,draw,date,stage,tension,param.pFilm\n"
                + "arm,0,5,17,2026-01,s1,0.5,0.04\n"
                + "arm,1,5,3,2026-01,s1,0.5,0.05\n", Files.readString(f));
    }
}
