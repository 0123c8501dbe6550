package culturebridge.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One lever a sweep varies: a field of the scenario (any parameter, a stage's quota or trigger
 * threshold, a shock's date or size, ...) over a range or a list of levels, or a list of named
 * scenario variants. Designs see every factor as the unit interval: {@link #at(double)} maps a
 * coordinate in [0, 1] to a level, and full-factorial designs use the discrete
 * {@link #level(int)}s.
 *
 * @param name   column name in outputs
 * @param kind   range, list of levels, or variants
 * @param path   the field changed (null for variants)
 * @param range  the range (for {@link Kind#RANGE}), else null
 * @param steps  for a range in a full-factorial design: evenly spaced levels, both ends
 *               included (0 when not given)
 * @param levels the levels (for {@link Kind#LEVELS} and {@link Kind#VARIANTS}), else empty
 * @param origin where the factor is written, for errors about its values
 */
public record SweepFactor(String name, Kind kind, DocumentPath path, Range range, int steps,
                          List<SweepLevel> levels, DocumentOverride.Origin origin) {

    /** Largest number of discrete levels of one factor in a full-factorial design. */
    public static final int MAX_LEVELS = 10_000;
    /** Significant digits of real values written into the scenario: the text is what the model reads. */
    private static final MathContext DIGITS = new MathContext(12);

    /** How a factor's values are given. */
    public enum Kind {
        /** A range {min, max} of a number, month or date. */
        RANGE,
        /** An explicit list of values (scalars or YAML fragments). */
        LEVELS,
        /** An explicit list of named scenario variants, each a set of changes or another scenario file. */
        VARIANTS
    }

    /** What a range's bounds are. */
    public enum ValueType {
        /** A real number. */
        REAL("real"),
        /** A whole number. */
        INTEGER("integer"),
        /** A calendar month, {@code YYYY-MM}. */
        MONTH("month"),
        /** A day, {@code YYYY-MM-DD}. */
        DATE("date");

        /** The name in sweep files. */
        public final String key;

        ValueType(String key) {
            this.key = key;
        }

        /** The type of this name, or null. */
        public static ValueType byKey(String key) {
            for (ValueType t : values()) if (t.key.equals(key)) return t;
            return null;
        }
    }

    /**
     * A range of values. Bounds are held as numbers: the value itself for reals and whole
     * numbers, months since year 0 for months, the epoch day for dates.
     *
     * @param type the value type
     * @param min  lower bound (inclusive)
     * @param max  upper bound (inclusive)
     */
    public record Range(ValueType type, double min, double max) {
        /** Number of distinct values of a discrete range (whole numbers, months, days); 0 for reals. */
        public long count() {
            return type == ValueType.REAL ? 0 : (long) (max - min) + 1;
        }

        /** The value at {@code u} in [0, 1] as text the scenario loader reads. */
        public String valueAt(double u) {
            double v;
            if (type == ValueType.REAL) {
                v = min + u * (max - min);
            } else {
                // Equal-probability bins over the discrete values: u in [i/n, (i+1)/n) gives the i-th.
                long n = count();
                long i = Math.min(n - 1, (long) Math.floor(u * n));
                v = min + i;
            }
            return format(v);
        }

        /** The i-th of {@code steps} evenly spaced values from min to max. */
        public String step(int i, int steps) {
            if (steps == 1) return format(min);
            if (type == ValueType.REAL) return format(min + (max - min) * i / (steps - 1));
            return format(Math.round(min + (max - min) * i / (double) (steps - 1)));
        }

        /** A value of the range (as the number it holds) as text the scenario loader reads. */
        public String format(double v) {
            return switch (type) {
                case REAL -> {
                    if (v == 0) yield "0";
                    yield new BigDecimal(v).round(DIGITS).stripTrailingZeros().toPlainString();
                }
                case INTEGER -> Long.toString(Math.round(v));
                case MONTH -> {
                    long m = Math.round(v);
                    yield YearMonth.of((int) Math.floorDiv(m, 12), (int) Math.floorMod(m, 12) + 1).toString();
                }
                case DATE -> LocalDate.ofEpochDay(Math.round(v)).toString();
            };
        }

        /** A month as the number a range holds. */
        static double monthNumber(YearMonth ym) {
            return ym.getYear() * 12.0 + ym.getMonthValue() - 1;
        }
    }

    public SweepFactor {
        levels = List.copyOf(levels);
    }

    /** Whether the factor has a finite list of levels a full-factorial design can enumerate. */
    public boolean isDiscrete() {
        return levelCount() > 0;
    }

    /**
     * Number of discrete levels: the list's length, a range's {@code steps}, or every value of a
     * whole-number, month or date range without {@code steps}; 0 for a real range without steps.
     */
    public int levelCount() {
        if (kind != Kind.RANGE) return levels.size();
        if (steps > 0) return steps;
        long c = range.count();
        return c > MAX_LEVELS ? 0 : (int) c;
    }

    /** The i-th discrete level (0-based), see {@link #levelCount()}. */
    public SweepLevel level(int i) {
        if (kind != Kind.RANGE) return levels.get(i);
        String text = steps > 0 ? range.step(i, steps) : range.format(range.min() + i);
        return scalarLevel(text);
    }

    /**
     * The level at coordinate {@code u} in [0, 1]: a range maps it linearly (whole numbers, months
     * and days in equal-probability bins); a list picks level {@code floor(u L)} of its L levels.
     */
    public SweepLevel at(double u) {
        if (!(u >= 0 && u <= 1)) throw new IllegalArgumentException("coordinate must be in [0, 1], got " + u);
        if (kind == Kind.RANGE) {
            return scalarLevel(range.valueAt(u));
        }
        int n = levels.size();
        return levels.get(Math.min(n - 1, (int) Math.floor(u * n)));
    }

    private SweepLevel scalarLevel(String text) {
        List<DocumentOverride> c = new ArrayList<>(1);
        c.add(DocumentOverride.scalar(path, text, origin));
        return new SweepLevel(text, c, null);
    }
}
