package culturebridge.model;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The model's transcendental arithmetic, with the same bits on every machine.
 *
 * <p>Why: a run must give the same bytes for the same scenario and seed on any computer
 * (design.md), for example on a Spark cluster of mixed nodes or on a researcher's ARM laptop.
 * Java specifies {@code +}, {@code *}, {@code /} and {@code sqrt} bit for bit, but not
 * {@code Math.exp}, {@code Math.log}, {@code Math.pow} or the trigonometric functions: their
 * Javadoc allows each JVM and processor its own result within an ulp or so, and HotSpot does
 * use different code on x86-64 (Intel's libm as compiler intrinsics) and elsewhere (fdlibm).
 * Model code therefore calls {@link StrictMath} (fdlibm, specified bit for bit) for those
 * functions, except for {@code exp}, which the audience step calls half a billion times in a
 * million-agent run: {@link #exp(double)} takes about half the time of {@code StrictMath.exp}
 * in a loop, and the audience step runs as fast with it as with HotSpot's {@code Math.exp}
 * intrinsic (bench, a million agents, 2 threads: medians of five 14.9 s and 14.5 s, within the
 * machine's noise). A source test keeps {@code Math.exp} and its kin out of the model.
 *
 * <p>{@link #exp(double)} is Tang's table-driven method (P. T. P. Tang, "Table-driven
 * implementation of the exponential function in IEEE floating-point arithmetic", ACM TOMS
 * 15(2), 1989) in plain Java arithmetic, whose results Java fixes bit for bit:
 * {@code x = (64 k + j) ln2 / 64 + r} with {@code |r| <= ln2 / 128}, and
 * {@code exp(x) = 2^k 2^(j/64) (1 + p(r))}, p the Taylor polynomial of {@code e^r - 1} of
 * degree 6 (its truncation error is below 2e-20; at degree 5 it would add up to 0.3 ulp).
 * The 64 values {@code 2^(j/64)} are kept as a double and its remainder, computed when the
 * class loads with {@link BigDecimal} (exact, hence also the same everywhere).
 *
 * <p>The error is at most about 0.51 ulp (0.507 in a check against 40-digit values), so the
 * result is nearly always the correctly rounded double. It equalled HotSpot's {@code Math.exp}
 * on x86-64 for 99.8% of 20 million arguments and {@code StrictMath.exp} for 90% (fdlibm is
 * less accurate, up to 1 ulp), and was never more than one ulp from either. So it gives nearly
 * the results of {@code Math}: of five scenarios run with each, three gave the same CSV bytes,
 * and two differed in the last digit of a few values of tension and of revenue, which come
 * from {@code pow} ({@code StrictMath.pow} here).
 */
public final class PortableMath {
    private static final int TABLE_BITS = 6;
    private static final int TABLE_SIZE = 1 << TABLE_BITS;
    /** 1.5 x 2^52: adding it rounds a double of magnitude below 2^51 to an integer in the low bits. */
    private static final double ROUNDER = 0x1.8p52;
    /** 64 / ln 2. */
    private static final double SIXTY_FOUR_OVER_LN2;
    /** ln 2 / 64 in two parts: the first has 32 significant bits, so k times it is exact. */
    private static final double LN2_OVER_64_HI;
    private static final double LN2_OVER_64_LO;
    /** 2^(j/64) for j = 0..63: the nearest double, and the rest. */
    private static final double[] TWO_TO_J_HI = new double[TABLE_SIZE];
    private static final double[] TWO_TO_J_LO = new double[TABLE_SIZE];
    /** Beyond this, exp underflows toward subnormals or overflows: left to StrictMath. */
    private static final double TABLE_RANGE = 708.0;

    static {
        MathContext mc = new MathContext(60);
        // ln 2 to 70 digits (OEIS A002162)
        BigDecimal ln2 = new BigDecimal(
                "0.6931471805599453094172321214581765680755001343602552541206800094933936");
        BigDecimal ln2Over64 = ln2.divide(BigDecimal.valueOf(TABLE_SIZE), mc);
        SIXTY_FOUR_OVER_LN2 = BigDecimal.valueOf(TABLE_SIZE).divide(ln2, mc).doubleValue();
        double nearest = ln2Over64.doubleValue();
        LN2_OVER_64_HI = Double.longBitsToDouble(Double.doubleToRawLongBits(nearest) & ~((1L << 21) - 1));
        LN2_OVER_64_LO = ln2Over64.subtract(new BigDecimal(LN2_OVER_64_HI), mc).doubleValue();
        for (int j = 0; j < TABLE_SIZE; j++) {
            BigDecimal v = expSeries(ln2Over64.multiply(BigDecimal.valueOf(j), mc), mc);
            TWO_TO_J_HI[j] = v.doubleValue();
            TWO_TO_J_LO[j] = v.subtract(new BigDecimal(TWO_TO_J_HI[j]), mc).doubleValue();
        }
    }

    private PortableMath() { }

    /** e^z for 0 <= z < 1 by its Taylor series, to the precision of {@code mc}. */
    private static BigDecimal expSeries(BigDecimal z, MathContext mc) {
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int n = 1; term.abs().compareTo(epsilon) > 0; n++) {
            term = term.multiply(z, mc).divide(BigDecimal.valueOf(n), mc);
            sum = sum.add(term, mc);
        }
        return sum;
    }

    /**
     * e^x, within about half an ulp, with the same bits on every Java platform. Special
     * values as {@link StrictMath#exp(double)}: NaN for NaN, +infinity and 0 at the ends.
     */
    public static double exp(double x) {
        if (!(Math.abs(x) <= TABLE_RANGE)) return StrictMath.exp(x);  // also NaN
        // k64 = round(64 x / ln 2), read off the low bits of a double
        double shifted = x * SIXTY_FOUR_OVER_LN2 + ROUNDER;
        int k64 = (int) Double.doubleToRawLongBits(shifted);
        double kd = shifted - ROUNDER;
        double r = (x - kd * LN2_OVER_64_HI) - kd * LN2_OVER_64_LO;
        // e^r - 1, Taylor to degree 6 (|r| <= 0.0055)
        double p = r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720)))));
        int j = k64 & (TABLE_SIZE - 1);
        double t = TWO_TO_J_HI[j];
        double y = t + (t * p + TWO_TO_J_LO[j]);
        // times 2^k, exactly: |x| <= 708 keeps 2^k and the result normal
        return y * Double.longBitsToDouble((long) ((k64 >> TABLE_BITS) + 1023) << 52);
    }
}
