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

    /** Aggregates the current state at the given step, on the calling thread. */
    public static AudienceSummary of(Audiences a, int step) {
        return of(a, step, RangeRunner.SERIAL);
    }

    /**
     * Aggregates the current state at the given step. Blocks of agents are summed in
     * parallel and their sums added in block order, so the result does not depend on the
     * runner's threads.
     */
    public static AudienceSummary of(Audiences a, int step, RangeRunner runner) {
        AgentBlocks blocks = a.blocks();
        double[] blockSum = new double[blocks.count()];
        int[] blockCounts = new int[3 * blocks.count()];  // favourable, familiar, recent
        runner.run(blocks.count(), 2, (first, last) -> {
            for (int b = first; b < last; b++) {
                double sum = 0;
                int favourable = 0;
                int familiar = 0;
                int recent = 0;
                for (int i = blocks.lo(b); i < blocks.hi(b); i++) {
                    float x = a.attitude[i];
                    sum += x;
                    if (x > 0.5f) favourable++;
                    if (a.everAdopted[i] != 0 || a.visits[i] > 0) familiar++;
                    if (step - a.lastAdoptStep[i] < RECENT_WEEKS) recent++;
                }
                blockSum[b] = sum;
                blockCounts[3 * b] = favourable;
                blockCounts[3 * b + 1] = familiar;
                blockCounts[3 * b + 2] = recent;
            }
        });
        double[] att = new double[2];
        double[] fav = new double[2];
        double[] fam = new double[2];
        double[] rec = new double[2];
        double[][] adopt = new double[2][Medium.COUNT];
        for (int c = 0; c < 2; c++) {
            double sum = 0;
            int favourable = 0;
            int familiar = 0;
            int recent = 0;
            for (int b = blocks.first(c); b < blocks.end(c); b++) {
                sum += blockSum[b];
                favourable += blockCounts[3 * b];
                familiar += blockCounts[3 * b + 1];
                recent += blockCounts[3 * b + 2];
            }
            double size = a.blockSize(c);
            att[c] = sum / size;
            fav[c] = favourable / size;
            fam[c] = familiar / size;
            rec[c] = recent / size;
            for (int m = 0; m < Medium.COUNT; m++) adopt[c][m] = a.adopterCount[c][m] / size;
        }
        return new AudienceSummary(att, fav, fam, rec, adopt);
    }
}
