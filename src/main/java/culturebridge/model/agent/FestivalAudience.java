package culturebridge.model.agent;

import culturebridge.model.Params;
import culturebridge.model.StreamRandom;
import culturebridge.model.World;
import culturebridge.model.policy.Festival;
import culturebridge.model.policy.Stage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The people a festival reaches, as a one-off pass over the host country's agents in the
 * festival's first week (outside the weekly audience rule, so the rule and its kernel stay
 * as they are):
 * <ul>
 * <li>attendance: each agent whose home city lies within {@code festivalCatchmentKm} of the
 *     venue attends with probability {@code attendance / persons within reach} (at most 1), and
 *     its attitude moves {@code directContactWeight} of the way to the mean trip satisfaction:
 *     direct intergroup contact, as a trip's (Pettigrew &amp; Tropp 2006, r = -.215);</li>
 * <li>press: every other agent of the host country is reached by the coverage with
 *     probability {@code press} and moves {@code festivalPressWeight} of the way to the same
 *     value: mediated contact (Banas et al. 2020, r = -.23);</li>
 * </ul>
 * and, for the festival's weeks, the extra trips from the partner country to the venue's
 * country ({@link #tripRate}). Agents are visited in index order with their own random
 * streams, so the pass is deterministic for any thread count.
 */
public final class FestivalAudience implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final int DRAW_ATTEND = AudienceBehaviour.DRAW_TRIP + 16;
    private static final int DRAW_PRESS = AudienceBehaviour.DRAW_TRIP + 17;

    /** Persons attending per step and host country. */
    private double[][] attended = new double[2][64];

    /** Festivals agreed so far: those of the active stage and every earlier one. */
    static List<Festival> agreed(World w) {
        List<Festival> out = new ArrayList<>();
        List<Stage> stages = w.setup().policy().stages();
        int active = Math.min(w.policyState().activeIndex(), stages.size() - 1);
        for (int k = 0; k <= active; k++) out.addAll(stages.get(k).festivals());
        return out;
    }

    /** Runs the audience pass of every festival with a venue that opens this week. */
    public void step(World w, int step, StreamRandom random) {
        if (!w.calendar().startsMonth(step)) return;
        YearMonth month = w.calendar().month(step);
        for (Festival f : agreed(w)) {
            if (f.hasVenue() && f.start().equals(month)) hold(w, f, step, random);
        }
    }

    /** Attendance and press coverage of one festival in its first week. */
    void hold(World w, Festival f, int step, StreamRandom random) {
        Audiences a = w.audiences();
        Params p = w.params();
        int c = f.market();
        int lo = a.blockStart[c];
        int hi = lo + a.blockSize[c];
        int cities = w.country(c).cities().size();
        boolean[] near = new boolean[cities];
        for (int k = 0; k < cities; k++) near[k] = w.map().distanceKm(c, k, c, f.city()) <= p.getFestivalCatchmentKm();
        int within = 0;
        for (int i = lo; i < hi; i++) if (near[a.city[i]]) within++;
        double weight = a.weight(c);
        double chance = within > 0 ? Math.min(1, f.attendance() / (within * weight)) : 0;
        double target = p.getSatisfactionMean();
        double persons = 0;
        for (int i = lo; i < hi; i++) {
            long base = random.base(i, step);
            if (near[a.city[i]] && StreamRandom.uniform(base, DRAW_ATTEND) < chance) {
                a.pullAttitude(i, target, p.getDirectContactWeight());
                persons += weight;
            } else if (StreamRandom.uniform(base, DRAW_PRESS) < f.press()) {
                a.pullAttitude(i, target, p.getFestivalPressWeight());
            }
        }
        record(c, step, persons);
    }

    private void record(int c, int step, double persons) {
        if (step >= attended[c].length) {
            int n = Math.max(step + 1, attended[c].length * 2);
            for (int k = 0; k < 2; k++) attended[k] = java.util.Arrays.copyOf(attended[k], n);
        }
        attended[c][step] += persons;
    }

    /** Persons who attended festivals held in country c during steps [first, last]. */
    public double attendance(int c, int first, int last) {
        double s = 0;
        for (int k = Math.max(0, first); k <= last && k < attended[c].length; k++) s += attended[c][k];
        return s;
    }

    /**
     * Extra trips per person per year of country c's people to the partner on date d: each
     * running festival held in the partner country adds its visitors spread evenly over its
     * months (ASSUMPTION: the festival's tourism is spread over its duration).
     */
    static double tripRate(World w, int c, LocalDate d) {
        YearMonth month = YearMonth.from(d);
        double rate = 0;
        for (Festival f : agreed(w)) {
            if (f.hasVenue() && f.market() == 1 - c && f.visitors() > 0 && f.runsIn(month)) {
                rate += f.visitors() / (f.months() / 12.0);
            }
        }
        return rate / w.country(c).population();
    }
}
