package culturebridge.experiment.calibration;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The ABC-SMC perturbation kernel: a multivariate normal with twice the weighted covariance of
 * the previous generation's particles (Beaumont et al. 2009; Filippi et al. 2013 show it is
 * the optimal choice among Gaussian kernels of that family for the acceptance-KL trade-off).
 * A small ridge (1e-8 of each prior variance) keeps the Cholesky factor (Commons Math) defined
 * when particles coincide. As the proposal of a random-walk Metropolis-Hastings move it takes
 * (2.38^2 / d) times the covariance instead ({@link #forMoves}; Roberts, Gelman &amp; Gilks 1997):
 * twice the covariance in d = 17 dimensions takes nearly every move outside the prior's bounds.
 */
final class Kernel {
    private final double[][] particles;
    private final double[][] lower;

    Kernel(double[][] particles, double[] weights, Prior prior) {
        this(particles, weights, prior, 2.0);
    }

    /** The random-walk proposal for moves among equally weighted particles: (2.38^2 / d) times their covariance. */
    static Kernel forMoves(double[][] particles, Prior prior) {
        double[] equal = new double[particles.length];
        java.util.Arrays.fill(equal, 1.0 / particles.length);
        return new Kernel(particles, equal, prior, 2.38 * 2.38 / particles[0].length);
    }

    private Kernel(double[][] particles, double[] weights, Prior prior, double scale) {
        this.particles = particles;
        int n = particles[0].length;
        double[] mean = new double[n];
        for (int k = 0; k < particles.length; k++) {
            for (int i = 0; i < n; i++) mean[i] += weights[k] * particles[k][i];
        }
        double[][] cov = new double[n][n];
        for (int k = 0; k < particles.length; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++) {
                    cov[i][j] += weights[k] * (particles[k][i] - mean[i]) * (particles[k][j] - mean[j]);
                }
            }
        }
        // the upper triangle is what the decomposition reads; the lower one mirrors it exactly
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) cov[j][i] = cov[i][j];
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) cov[i][j] *= scale;
            double sd = prior.sd(i);
            cov[i][i] += 1e-8 * sd * sd + 1e-300;
        }
        RealMatrix l = new CholeskyDecomposition(new Array2DRowRealMatrix(cov), 1e-12, 1e-300).getL();
        lower = l.getData();
    }

    /** x moved by a draw of the kernel. */
    double[] perturb(double[] x, MersenneTwisterFast rng) {
        int n = x.length;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) z[i] = rng.nextGaussian();
        double[] y = x.clone();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) y[i] += lower[i][j] * z[j];
        }
        return y;
    }

    /** The kernel density of x - centre, up to the constant shared by every centre. */
    double density(double[] x, double[] centre) {
        int n = x.length;
        double[] z = new double[n];
        double q = 0;
        for (int i = 0; i < n; i++) {
            double s = x[i] - centre[i];
            for (int j = 0; j < i; j++) s -= lower[i][j] * z[j];
            z[i] = s / lower[i][i];
            q += z[i] * z[i];
        }
        return StrictMath.exp(-0.5 * q);
    }

    /** sum_j w_j K(x - particle_j). */
    double mixture(double[] x, double[] weights) {
        double s = 0;
        for (int j = 0; j < particles.length; j++) s += weights[j] * density(x, particles[j]);
        return s;
    }
}
