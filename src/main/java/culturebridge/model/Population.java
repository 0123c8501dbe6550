package culturebridge.model;

import culturebridge.model.agent.Audiences;
import culturebridge.model.agent.SocialNetwork;
import ec.util.MersenneTwisterFast;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The audiences of both countries at the start of a run: agents split between the countries,
 * placed in cities by population share, with log-normal incomes of the country's Gini,
 * logit-normal attitudes matching the survey's favourable share, a few initial adopters, and
 * their social network.
 */
final class Population {
    private Population() {}

    /** Builds the audiences, drawing from {@code random} (network first, then agent by agent). */
    static Audiences build(Params params, List<Country> countries, MersenneTwisterFast random) {
        int total = params.getAgents();
        int n0 = (int) Math.round(total * params.getFirstCountryAgentShare());
        n0 = Math.max(1, Math.min(total - 1, n0));
        int[] sizes = {n0, total - n0};
        double[] population = {countries.get(0).population(), countries.get(1).population()};
        SocialNetwork net = SocialNetwork.build(params.getNetworkType(), new int[] {0, n0}, sizes,
                params.getMeanDegree(), params.getRewiringProbability(), params.getCrossBorderTieShare(), random);
        Audiences audiences = new Audiences(sizes, population, net);
        NormalDistribution std = new NormalDistribution(new MersenneAdapter(random), 0, 1);
        for (int c = 0; c < 2; c++) {
            Country k = countries.get(c);
            audiences.setIncomeMedian(c, k.incomeMedianUsd());
            int[] cityOf = allocateCities(k, sizes[c]);
            double incomeSigma = Math.sqrt(2) * std.inverseCumulativeProbability((k.incomeGini() + 1) / 2);
            double sd = k.attitudeLogitSd();
            // logit-normal attitudes with P(a > 0.5) = survey favourable share
            double mu = sd * std.inverseCumulativeProbability(k.initialFavourableShare());
            double adopt0 = params.getInitialAdoptionShare();
            int start = audiences.blockStart(c);
            for (int j = 0; j < sizes[c]; j++) {
                double inc = k.incomeMedianUsd() * PortableMath.exp(incomeSigma * random.nextGaussian());
                double a = 1.0 / (1.0 + PortableMath.exp(-(mu + sd * random.nextGaussian())));
                int mask = 0;
                for (int m = 0; m < Medium.COUNT; m++) {
                    if (random.nextDouble() < adopt0) mask |= 1 << m;
                }
                // initial adopters adopted at some time in the two years before the start, so that
                // "adopted in the last 52 weeks" (influence) starts near its steady level
                audiences.initAgent(start + j, cityOf[j], inc, a, (byte) mask, mask == 0 ? 0 : -1 - random.nextInt(104));
            }
        }
        audiences.finishInit();
        return audiences;
    }

    /** Cities of a country's agents in block order, by largest remainder on population shares. */
    static int[] allocateCities(Country k, int agents) {
        int cities = k.cities().size();
        int[] count = new int[cities];
        double[] rem = new double[cities];
        int assigned = 0;
        for (int i = 0; i < cities; i++) {
            double exact = k.cities().get(i).populationShare() * agents;
            count[i] = (int) Math.floor(exact);
            rem[i] = exact - count[i];
            assigned += count[i];
        }
        while (assigned < agents) {
            int best = 0;
            for (int i = 1; i < cities; i++) if (rem[i] > rem[best]) best = i;
            count[best]++;
            rem[best] = -1;
            assigned++;
        }
        int[] out = new int[agents];
        int pos = 0;
        for (int i = 0; i < cities; i++) {
            for (int j = 0; j < count[i] && pos < agents; j++) out[pos++] = i;
        }
        return out;
    }
}
