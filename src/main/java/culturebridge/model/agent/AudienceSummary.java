package culturebridge.model.agent;

import culturebridge.model.Medium;

/**
 * Population aggregates of the audiences at one step, per country (as the "home" population):
 * mean attitude toward the partner, favourable share (a &gt; 0.5), share who ever consumed
 * the partner's content or visited it (familiarity), share who adopted some partner medium in the last 52
 * weeks (influence), and adopter shares per medium. Computed in one pass by
 * {@link #of(Audiences, int)}; the output layer reads it, agents never count for charts.
 */
public record AudienceSummary(double[] meanAttitude, double[] favourableShare, double[] familiarShare,
                              double[] recentAdopterShare, double[][] adoptionShare) {

    /** Weeks over which an adoption counts as recent (one year). */
    public static final int RECENT_WEEKS = 52;

    /** Aggregates the current state at the given step. */
    public static AudienceSummary of(Audiences a, int step) {
        double[] att = new double[2];
        double[] fav = new double[2];
        double[] fam = new double[2];
        double[] rec = new double[2];
        double[][] adopt = new double[2][Medium.COUNT];
        for (int c = 0; c < 2; c++) {
            int lo = a.blockStart(c);
            int hi = lo + a.blockSize(c);
            double sum = 0;
            int favourable = 0;
            int familiar = 0;
            int recent = 0;
            for (int i = lo; i < hi; i++) {
                float x = a.attitude[i];
                sum += x;
                if (x > 0.5f) favourable++;
                if (a.everAdopted[i] != 0 || a.visits[i] > 0) familiar++;
                if (step - a.lastAdoptStep[i] < RECENT_WEEKS) recent++;
            }
            double size = hi - lo;
            att[c] = sum / size;
            fav[c] = favourable / size;
            fam[c] = familiar / size;
            rec[c] = recent / size;
            for (int m = 0; m < Medium.COUNT; m++) adopt[c][m] = a.adopterCount[c][m] / size;
        }
        return new AudienceSummary(att, fav, fam, rec, adopt);
    }
}
