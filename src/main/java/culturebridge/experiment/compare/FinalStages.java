package culturebridge.experiment.compare;

import culturebridge.output.MonthlySeries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy stage that a run's replicates end in, said as it is: one stage when all agree,
 * otherwise how many replicates end in each ("stage 'a' in 3 of 5 replicates, 'b' in 2"), so that
 * a summary never names one replicate's stage as if it were all of them.
 */
public final class FinalStages {
    private FinalStages() {
    }

    /** The final month's stages of the replicates, most common first (ties in replicate order). */
    public static String describe(List<MonthlySeries> replicates) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (MonthlySeries r : replicates) counts.merge(r.stages().get(r.stages().size() - 1), 1, Integer::sum);
        int n = replicates.size();
        if (counts.size() == 1) {
            String stage = counts.keySet().iterator().next();
            return "stage '" + stage + "'" + (n > 1 ? " in all " + n + " replicates" : "");
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            Map.Entry<String, Integer> e = sorted.get(i);
            s.append(i == 0 ? "stage '" + e.getKey() + "' in " + e.getValue() + " of " + n + " replicates"
                    : ", '" + e.getKey() + "' in " + e.getValue());
        }
        return s.toString();
    }
}
