package culturebridge.model.agent;

import culturebridge.model.PortableMath;

/**
 * The week's travel inputs to every audience agent's trip decision: per origin country the
 * weekly hazard scale (baseline rate x growth x seasonality x visa and channel factor x
 * political risk x epidemic, divided by the population mean of the individual multiplier at
 * the start), and the coefficients of the individual multiplier
 * {@code exp(bA (a - refA) + bF (k/4 - refF) + bI log(income/median) + bS s)}.
 *
 * @param weeklyBase  hazard scale per origin country, per week
 * @param bAttitude   log-hazard per attitude unit
 * @param bFandom     log-hazard per fandom unit (share of the four partner media consumed)
 * @param bIncome     income elasticity
 * @param bSocial     log-hazard per share of ties who visited recently
 * @param refAttitude per country: initial mean attitude
 * @param refFandom   per country: initial mean fandom
 * @param tripWeeks   length of a trip, weeks (no new trip while away)
 */
public record TravelInputs(double[] weeklyBase, double bAttitude, double bFandom, double bIncome, double bSocial,
                           double[] refAttitude, double[] refFandom, int tripWeeks) {

    /** The individual multiplier before normalisation. */
    public double multiplier(int c, double attitude, double fandom, double logIncome, double visitedShare) {
        return PortableMath.exp(bAttitude * (attitude - refAttitude[c]) + bFandom * (fandom - refFandom[c])
                + bIncome * logIncome + bSocial * visitedShare);
    }
}
