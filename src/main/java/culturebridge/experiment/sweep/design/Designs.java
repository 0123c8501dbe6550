package culturebridge.experiment.sweep.design;

import culturebridge.scenario.SweepBaseline;
import culturebridge.scenario.SweepDesign;
import culturebridge.scenario.SweepFactor;
import culturebridge.scenario.SweepLevel;
import culturebridge.scenario.SweepLoader;
import culturebridge.scenario.SweepSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a sweep's design and factors into its list of design points: the generator gives
 * coordinates in the unit cube (or level numbers, for a full factorial) and each factor maps
 * its coordinate to a level ({@link SweepFactor#at(double)}). With {@code baseline: base} the
 * unchanged base scenario is point 0.
 */
public final class Designs {
    private Designs() {
    }

    /** The design points of a sweep, in run order. */
    public static List<DesignPoint> points(SweepSpec spec) {
        List<SweepFactor> factors = spec.factors();
        int k = factors.size();
        SweepDesign d = spec.design();
        List<DesignPoint> out = new ArrayList<>();
        if (spec.baseline().kind() == SweepBaseline.Kind.BASE) {
            double[] nan = new double[k];
            Arrays.fill(nan, Double.NaN);
            out.add(new DesignPoint(0, SweepLoader.BASE_ARM, DesignPoint.BASE_BLOCK, -1, "", nan, List.of()));
        }
        switch (d.type()) {
            case FULL_FACTORIAL -> {
                int[] counts = new int[k];
                for (int i = 0; i < k; i++) counts[i] = factors.get(i).levelCount();
                int[][] idx = FullFactorial.indices(counts);
                for (int p = 0; p < idx.length; p++) {
                    double[] u = new double[k];
                    List<SweepLevel> levels = new ArrayList<>(k);
                    for (int i = 0; i < k; i++) {
                        u[i] = counts[i] == 1 ? 0 : idx[p][i] / (double) (counts[i] - 1);
                        levels.add(factors.get(i).level(idx[p][i]));
                    }
                    out.add(point(out.size(), "point", p, "", u, levels, factors));
                }
            }
            case LATIN_HYPERCUBE -> {
                double[][] x = LatinHypercube.sample(d.n(), k, d.seed());
                for (int p = 0; p < x.length; p++) out.add(point(out.size(), "point", p, "", x[p], at(factors, x[p]), factors));
            }
            case SOBOL -> {
                double[][] x = SaltelliDesign.sample(d.n(), k);
                for (int j = 0; j < d.n(); j++) {
                    double[] a = x[SaltelliDesign.a(j, k)];
                    out.add(point(out.size(), "A", j, "", a, at(factors, a), factors));
                    for (int i = 0; i < k; i++) {
                        double[] abi = x[SaltelliDesign.ab(j, i, k)];
                        out.add(point(out.size(), "AB", j, factors.get(i).name(), abi, at(factors, abi), factors));
                    }
                    double[] b = x[SaltelliDesign.b(j, k)];
                    out.add(point(out.size(), "B", j, "", b, at(factors, b), factors));
                }
            }
            case MORRIS -> {
                double[][] x = MorrisDesign.sample(d.r(), k, d.levels(), d.seed());
                for (int t = 0; t < d.r(); t++) {
                    for (int m = 0; m <= k; m++) {
                        double[] row = x[t * (k + 1) + m];
                        String moved = m == 0 ? "" : factors.get(MorrisDesign.movedFactor(x[t * (k + 1) + m - 1], row)).name();
                        out.add(point(out.size(), "step", t, moved, row, at(factors, row), factors));
                    }
                }
            }
        }
        return out;
    }

    private static List<SweepLevel> at(List<SweepFactor> factors, double[] u) {
        List<SweepLevel> levels = new ArrayList<>(factors.size());
        for (int i = 0; i < factors.size(); i++) levels.add(factors.get(i).at(u[i]));
        return levels;
    }

    private static DesignPoint point(int index, String block, int group, String changed, double[] u,
                                     List<SweepLevel> levels, List<SweepFactor> factors) {
        StringBuilder arm = new StringBuilder();
        for (int i = 0; i < factors.size(); i++) {
            if (i > 0) arm.append(' ');
            arm.append(factors.get(i).name()).append('=').append(levels.get(i).label());
        }
        return new DesignPoint(index, arm.toString(), block, group, changed, u, levels);
    }
}
