package culturebridge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The model's portable exp: accurate to about half an ulp, with StrictMath's special values. */
class PortableMathTest {

    /** e^x to 40 digits: the Taylor series of e^(x / 1024), squared ten times. */
    private static BigDecimal exact(double x) {
        MathContext mc = new MathContext(45);
        BigDecimal z = new BigDecimal(x).divide(BigDecimal.valueOf(1024), mc);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; n < 40; n++) {
            term = term.multiply(z, mc).divide(BigDecimal.valueOf(n), mc);
            sum = sum.add(term, mc);
        }
        for (int i = 0; i < 10; i++) sum = sum.multiply(sum, mc);
        return sum;
    }

    private static long ulpsApart(double a, double b) {
        return Math.abs(Double.doubleToLongBits(a) - Double.doubleToLongBits(b));
    }

    @Test
    void withinHalfAnUlpOfTheExactValue() {
        SplittableRandom random = new SplittableRandom(7);
        double worst = 0;
        for (int i = 0; i < 3000; i++) {
            // the audience step's arguments are mostly within a few units of 0
            double x = i % 3 == 0 ? random.nextDouble(-700, 700) : random.nextDouble(-8, 8);
            double y = PortableMath.exp(x);
            double error = new BigDecimal(y).subtract(exact(x)).abs()
                    .divide(new BigDecimal(Math.ulp(y)), MathContext.DECIMAL64).doubleValue();
            worst = Math.max(worst, error);
        }
        assertTrue(worst <= 0.51, "largest error " + worst + " ulp");
    }

    @Test
    void withinOneUlpOfStrictMathEverywhere() {
        SplittableRandom random = new SplittableRandom(11);
        long worst = 0;
        long equal = 0;
        int n = 2_000_000;
        for (int i = 0; i < n; i++) {
            double x = i % 2 == 0 ? random.nextDouble(-745.2, 709.8) : random.nextDouble(-1, 1);
            double y = PortableMath.exp(x);
            double reference = StrictMath.exp(x);
            worst = Math.max(worst, ulpsApart(y, reference));
            if (y == reference) equal++;
        }
        assertTrue(worst <= 1, "largest difference " + worst + " ulp");
        assertTrue(equal > 0.8 * n, "equal to StrictMath for " + equal + " of " + n);
    }

    @Test
    void knownValuesAndSpecialCases() {
        assertEquals(1.0, PortableMath.exp(0.0));
        assertEquals(1.0, PortableMath.exp(-0.0));
        assertEquals(Math.E, PortableMath.exp(1.0));  // Math.E is e correctly rounded
        assertEquals(2.0, PortableMath.exp(0.6931471805599453), 0x1p-51);
        assertTrue(Double.isNaN(PortableMath.exp(Double.NaN)));
        assertEquals(Double.POSITIVE_INFINITY, PortableMath.exp(Double.POSITIVE_INFINITY));
        assertEquals(0.0, PortableMath.exp(Double.NEGATIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, PortableMath.exp(710));
        assertEquals(0.0, PortableMath.exp(-746));
        assertEquals(Double.MIN_VALUE, PortableMath.exp(-745));
        // the ends of the table's range and just beyond, where StrictMath takes over
        for (double x : new double[] {708, -708, Math.nextUp(708.0), Math.nextDown(-708.0), 709.7, -720}) {
            assertTrue(ulpsApart(PortableMath.exp(x), StrictMath.exp(x)) <= 1, "exp(" + x + ")");
        }
    }
}
