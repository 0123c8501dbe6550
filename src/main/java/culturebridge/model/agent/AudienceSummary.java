package culturebridge.model.agent;

import culturebridge.model.Medium;
import culturebridge.model.opinion.SurveyMapping;

/**
 * Population aggregates of the audiences at one step, per country (as the "home" population):
 * mean attitude toward the partner, favourable share (a &gt; 0.5), share who ever consumed
 * the partner's content or visited it (familiarity), share who adopted some partner medium in the last 52
 * weeks (influence), adopter shares per medium, and the shares answering each score of the
 * CISS 1-5 question ({@link SurveyMapping}; cissShare[c][s - 1] for score s). Computed in one pass by
 * {@link #of(Audiences, int)}; the output layer reads it, agents never count for charts.
 */
public record AudienceSummary(double[] meanAttitude, double[] favourableShare, double[] familiarShare,
                              double[] recentAdopterShare, double[][] adoptionShare, double[][] cissShare) {

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
        int[] blockScores = new int[5 * blocks.count()];  // agents answering each CISS score
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
                    blockScores[5 * b + SurveyMapping.cissScore(x) - 1]++;
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
        double[][] ciss = new double[2][5];
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
            for (int s = 0; s < 5; s++) {
                int n = 0;
                for (int b = blocks.first(c); b < blocks.end(c); b++) n += blockScores[5 * b + s];
                ciss[c][s] = n / size;
            }
        }
        return new AudienceSummary(att, fav, fam, rec, adopt, ciss);
    }

    /** Share of country c's people answering CISS favourable (score 4 or 5). */
    public double cissFavourable(int c) { return cissShare[c][3] + cissShare[c][4]; }

    /** Share of country c's people answering CISS neutral (score 3). */
    public double cissNeutral(int c) { return cissShare[c][2]; }

    /** Share of country c's people answering CISS unfavourable (score 1 or 2). */
    public double cissUnfavourable(int c) { return cissShare[c][0] + cissShare[c][1]; }

    /** Mean CISS 1-5 score of country c's people. */
    public double cissMeanScore(int c) {
        double m = 0;
        for (int s = 0; s < 5; s++) m += (s + 1) * cissShare[c][s];
        return m;
    }
}
