package culturebridge.scenario;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Strict conversions of the text of a scalar (from a YAML file or a {@code --set}) into the
 * values the model uses. Each throws {@link IllegalArgumentException} with a message that says
 * what was expected and repeats what was given; callers add the location.
 *
 * <p>YAML's own typing is not relied on: the loader reads every scalar as text with the
 * failsafe schema, so "2026-01", "0.3" and "unlimited" are all interpreted here, in one place,
 * the same way for files and for the command line.
 */
final class Values {
    /** Earliest and latest years accepted in any date: wide, but catches typos such as 20026. */
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2199;

    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[-+]?(\\.?(nan|inf|infinity))", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})");
    private static final Pattern DAY = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");

    /**
     * Longest number read, in characters: a long has 19 digits and a double 17 significant
     * digits and an exponent; longer text is a mistake, and parsing a megabyte of digits takes
     * seconds.
     */
    static final int MAX_NUMBER = 40;

    private Values() {
    }

    private static IllegalArgumentException tooLong(String t) {
        return new IllegalArgumentException("must be a number of at most " + MAX_NUMBER + " characters, got "
                + InputFiles.shown(t));
    }

    /** A whole number in [lo, hi]. */
    static long integer(String text, long lo, long hi) {
        String t = text.trim();
        if (t.length() > MAX_NUMBER) throw tooLong(t);
        if (!INTEGER.matcher(t).matches()) {
            throw new IllegalArgumentException("must be a whole number" + range(lo, hi) + ", got '" + InputFiles.shown(text) + "'");
        }
        BigDecimal v = new BigDecimal(t);
        if (v.compareTo(BigDecimal.valueOf(lo)) < 0 || v.compareTo(BigDecimal.valueOf(hi)) > 0) {
            String r = range(lo, hi);
            throw new IllegalArgumentException(r.isEmpty()
                    ? "is too large for a whole number (" + lo + " to " + hi + "), got " + InputFiles.shown(t)
                    : "must be a whole number" + r + ", got " + InputFiles.shown(t));
        }
        return v.longValueExact();
    }

    /** A finite decimal number (range checks are the caller's or the setter's). */
    static double real(String text) {
        String t = text.trim();
        if (t.length() > MAX_NUMBER) throw tooLong(t);
        if (NON_FINITE.matcher(t).matches()) {
            throw new IllegalArgumentException("must be a finite number, got '" + InputFiles.shown(text) + "'");
        }
        if (!DECIMAL.matcher(t).matches()) {
            throw new IllegalArgumentException("must be a number, got '" + InputFiles.shown(text) + "'");
        }
        double v = Double.parseDouble(t);
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException("is too large to be a finite number, got " + InputFiles.shown(t));
        }
        return v;
    }

    /** A finite number in [lo, hi]. */
    static double real(String text, double lo, double hi) {
        double v = real(text);
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException("must be between " + fmt(lo) + " and " + fmt(hi) + ", got " + InputFiles.shown(text.trim()));
        }
        return v;
    }

    /** {@code true} or {@code false} (YAML 1.2 core spellings). */
    static boolean bool(String text) {
        String t = text.trim();
        switch (t) {
            case "true", "True", "TRUE": return true;
            case "false", "False", "FALSE": return false;
            default: throw new IllegalArgumentException("must be true or false, got '" + InputFiles.shown(text) + "'");
        }
    }

    /** A calendar month written {@code YYYY-MM}. */
    static YearMonth yearMonth(String text) {
        String t = text.trim();
        var m = YEAR_MONTH.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("must be a month written YYYY-MM (e.g. 2026-01), got '" + InputFiles.shown(text) + "'");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        checkYear(year, text);
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 01 to 12, got '" + InputFiles.shown(text) + "'");
        }
        return YearMonth.of(year, month);
    }

    /** A day written {@code YYYY-MM-DD}, or {@code YYYY-MM} meaning its first day. */
    static LocalDate date(String text) {
        String t = text.trim();
        if (YEAR_MONTH.matcher(t).matches()) return yearMonth(t).atDay(1);
        var m = DAY.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("must be a date written YYYY-MM-DD (or YYYY-MM for the 1st), got '" + InputFiles.shown(text) + "'");
        }
        int year = Integer.parseInt(m.group(1));
        checkYear(year, text);
        try {
            return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a calendar date, got '" + InputFiles.shown(text) + "'");
        }
    }

    private static void checkYear(int year, String text) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year must be between " + MIN_YEAR + " and " + MAX_YEAR + ", got '" + InputFiles.shown(text) + "'");
        }
    }

    private static String range(long lo, long hi) {
        // The full range of the Java type says nothing a reader needs; the setter checks the real one.
        if (lo <= Integer.MIN_VALUE && hi >= Integer.MAX_VALUE) return "";
        if (hi == Long.MAX_VALUE || hi == Integer.MAX_VALUE) return " >= " + lo;
        return " between " + lo + " and " + hi;
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%s", v);
    }
}
