package culturebridge.model;

import static culturebridge.model.params.ParameterCatalogue.*;

import culturebridge.model.params.ParameterCatalogue;
import culturebridge.model.params.ParameterSpec;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sim.util.Interval;
import sim.util.Propertied;

/**
 * The values of the model's parameters for one run: one value for each declaration in
 * {@link ParameterCatalogue}, which says for each its name, unit, valid range, default, source
 * and description. Scenario files, sweep files, {@code --set} and CSV columns use the declared
 * names. MASON's inspector shows the declarations through {@link #properties()}: a slider over
 * each declared slider range, the description as tooltip, and a refused value left unset.
 *
 * <p>Every value is checked against its declaration when set ({@link #set(ParameterSpec, Object)}),
 * so a bad value is refused with a message naming the parameter, its unit and its valid range.
 */
public class Params implements java.io.Serializable, Propertied {
    private static final long serialVersionUID = 2L;

    /**
     * One value per declaration, at {@link ParameterSpec#index()}: integers exactly, choices as the
     * index of the chosen name. Serialized by name (see {@link #writeObject}), so that a stored
     * run does not depend on the order of the declarations.
     */
    private transient double[] values = ParameterCatalogue.defaults();

    /** A copy with the same values. */
    public Params copy() {
        Params p = new Params();
        p.values = values.clone();
        return p;
    }

    /** The value of a parameter: an Integer, Double or String as its declaration says. */
    public Object get(ParameterSpec p) {
        return p.decode(values[p.index()]);
    }

    /**
     * Sets a parameter after checking the value against its declaration (type and range, or the
     * list of choices).
     *
     * @throws IllegalArgumentException naming the parameter, its unit and its valid range; the
     *         parameter keeps its value
     */
    public void set(ParameterSpec p, Object value) {
        values[p.index()] = p.encode(value);
    }

    /** Every parameter and its value, in declaration order. */
    public Map<String, Object> values() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ParameterSpec p : ParameterCatalogue.all()) out.put(p.name(), get(p));
        return out;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeObject(new LinkedHashMap<>(values()));
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        values = ParameterCatalogue.defaults();
        Map<?, ?> stored = (Map<?, ?>) in.readObject();
        for (Map.Entry<?, ?> e : stored.entrySet()) {
            ParameterSpec p = ParameterCatalogue.byName(String.valueOf(e.getKey()));
            if (p == null) throw new InvalidObjectException("stored parameters name an unknown parameter: " + e.getKey());
            try {
                set(p, e.getValue());
            } catch (IllegalArgumentException bad) {
                throw new InvalidObjectException("stored parameters: " + bad.getMessage());
            }
        }
    }

    // ------------------------------------------------------------------ typed access
    //
    // The model's kernel reads parameters in tight loops, so each keeps a typed getter that is
    // one array read. Typed setters remain for the code that sets a parameter directly (the GUI
    // session, tests); they check the value against the declaration like set(spec, value).

    public int getAgents() { return (int) values[AGENTS.index()]; }
    public double getFirstCountryAgentShare() { return values[FIRST_COUNTRY_AGENT_SHARE.index()]; }
    public String getNetworkType() { return (String) NETWORK_TYPE.decode(values[NETWORK_TYPE.index()]); }
    public int getMeanDegree() { return (int) values[MEAN_DEGREE.index()]; }
    public double getRewiringProbability() { return values[REWIRING_PROBABILITY.index()]; }
    public double getCrossBorderTieShare() { return values[CROSS_BORDER_TIE_SHARE.index()]; }
    public double getFilmInnovationPerYear() { return values[FILM_INNOVATION_PER_YEAR.index()]; }
    public double getFilmImitationPerYear() { return values[FILM_IMITATION_PER_YEAR.index()]; }
    public double getDramaInnovationPerYear() { return values[DRAMA_INNOVATION_PER_YEAR.index()]; }
    public double getDramaImitationPerYear() { return values[DRAMA_IMITATION_PER_YEAR.index()]; }
    public double getMusicInnovationPerYear() { return values[MUSIC_INNOVATION_PER_YEAR.index()]; }
    public double getMusicImitationPerYear() { return values[MUSIC_IMITATION_PER_YEAR.index()]; }
    public double getDigitalInnovationPerYear() { return values[DIGITAL_INNOVATION_PER_YEAR.index()]; }
    public double getDigitalImitationPerYear() { return values[DIGITAL_IMITATION_PER_YEAR.index()]; }
    public double getDropoutPerYear() { return values[DROPOUT_PER_YEAR.index()]; }
    public double getSaturationTitles() { return values[SATURATION_TITLES.index()]; }
    public double getUnofficialAvailability() { return values[UNOFFICIAL_AVAILABILITY.index()]; }
    public double getInitialAdoptionShare() { return values[INITIAL_ADOPTION_SHARE.index()]; }
    public double getMediatedContactPerYear() { return values[MEDIATED_CONTACT_PER_YEAR.index()]; }
    public double getNewsNegativityPerYear() { return values[NEWS_NEGATIVITY_PER_YEAR.index()]; }
    public double getAnchoringPerYear() { return values[ANCHORING_PER_YEAR.index()]; }
    public double getConfidenceBound() { return values[CONFIDENCE_BOUND.index()]; }
    public double getConvergenceRate() { return values[CONVERGENCE_RATE.index()]; }
    public double getSocialInteractionsPerWeek() { return values[SOCIAL_INTERACTIONS_PER_WEEK.index()]; }
    public double getBaselineTension() { return values[BASELINE_TENSION.index()]; }
    public int getStudiosPerCountry() { return (int) values[STUDIOS_PER_COUNTRY.index()]; }
    public double getTitlesPerStudioQuarter() { return values[TITLES_PER_STUDIO_QUARTER.index()]; }
    public double getQualitySigma() { return values[QUALITY_SIGMA.index()]; }
    public double getRevenueTailIndex() { return values[REVENUE_TAIL_INDEX.index()]; }
    public double getForeignRevenueShare() { return values[FOREIGN_REVENUE_SHARE.index()]; }
    public double getExportFixedCost() { return values[EXPORT_FIXED_COST.index()]; }
    public double getExportLearningRate() { return values[EXPORT_LEARNING_RATE.index()]; }
    public double getCoproductionPropensity() { return values[COPRODUCTION_PROPENSITY.index()]; }
    public int getReviewWeeks() { return (int) values[REVIEW_WEEKS.index()]; }
    public int getQueueExpiryQuarters() { return (int) values[QUEUE_EXPIRY_QUARTERS.index()]; }
    public double getBlockingMidpoint() { return values[BLOCKING_MIDPOINT.index()]; }
    public double getBlockingSteepness() { return values[BLOCKING_STEEPNESS.index()]; }
    public double getTripRateScale() { return values[TRIP_RATE_SCALE.index()]; }
    public double getAttitudeTravelEffect() { return values[ATTITUDE_TRAVEL_EFFECT.index()]; }
    public double getFandomTravelEffect() { return values[FANDOM_TRAVEL_EFFECT.index()]; }
    public double getIncomeTravelElasticity() { return values[INCOME_TRAVEL_ELASTICITY.index()]; }
    public double getSocialTravelEffect() { return values[SOCIAL_TRAVEL_EFFECT.index()]; }
    public double getVisaRequiredFactor() { return values[VISA_REQUIRED_FACTOR.index()]; }
    public double getVisaEasedFactor() { return values[VISA_EASED_FACTOR.index()]; }
    public double getPoliticalRiskEffect() { return values[POLITICAL_RISK_EFFECT.index()]; }
    public double getRiskPerceptionYears() { return values[RISK_PERCEPTION_YEARS.index()]; }
    public double getRiskAdaptationYears() { return values[RISK_ADAPTATION_YEARS.index()]; }
    public double getDistanceDecay() { return values[DISTANCE_DECAY.index()]; }
    public double getFilmingLocationEffect() { return values[FILMING_LOCATION_EFFECT.index()]; }
    public double getFilmingMemoryYears() { return values[FILMING_MEMORY_YEARS.index()]; }
    public int getTripWeeks() { return (int) values[TRIP_WEEKS.index()]; }
    public double getSatisfactionMean() { return values[SATISFACTION_MEAN.index()]; }
    public double getSatisfactionSd() { return values[SATISFACTION_SD.index()]; }
    public double getDirectContactWeight() { return values[DIRECT_CONTACT_WEIGHT.index()]; }
    public double getWordOfMouthWeight() { return values[WORD_OF_MOUTH_WEIGHT.index()]; }
    public double getTravellerPersons() { return values[TRAVELLER_PERSONS.index()]; }
    public double getFestivalCatchmentKm() { return values[FESTIVAL_CATCHMENT_KM.index()]; }
    public double getFestivalPressWeight() { return values[FESTIVAL_PRESS_WEIGHT.index()]; }
    public double getSoftPowerFavourableWeight() { return values[SOFT_POWER_FAVOURABLE_WEIGHT.index()]; }
    public double getSoftPowerContentWeight() { return values[SOFT_POWER_CONTENT_WEIGHT.index()]; }
    public double getSoftPowerVisitorWeight() { return values[SOFT_POWER_VISITOR_WEIGHT.index()]; }
    public double getSoftPowerVisitorReference() { return values[SOFT_POWER_VISITOR_REFERENCE.index()]; }
    public double getNormAdjustmentYears() { return values[NORM_ADJUSTMENT_YEARS.index()]; }
    public double getAttitudeAdoptionEffect() { return values[ATTITUDE_ADOPTION_EFFECT.index()]; }
    public double getFilmNegativeShare() { return values[FILM_NEGATIVE_SHARE.index()]; }
    public double getDramaNegativeShare() { return values[DRAMA_NEGATIVE_SHARE.index()]; }
    public double getMusicNegativeShare() { return values[MUSIC_NEGATIVE_SHARE.index()]; }
    public double getDigitalNegativeShare() { return values[DIGITAL_NEGATIVE_SHARE.index()]; }
    public double getPlatformPurchaseProbability() { return values[PLATFORM_PURCHASE_PROBABILITY.index()]; }
    public double getPlatformPricePerEpisodeUsd() { return values[PLATFORM_PRICE_PER_EPISODE_USD.index()]; }
    public int getEpisodesPerDrama() { return (int) values[EPISODES_PER_DRAMA.index()]; }
    public double getRevenueUnitUsd() { return values[REVENUE_UNIT_USD.index()]; }
    public double getJointVenturePropensity() { return values[JOINT_VENTURE_PROPENSITY.index()]; }
    public double getJointVentureShare() { return values[JOINT_VENTURE_SHARE.index()]; }
    public double getScriptApprovalProbability() { return values[SCRIPT_APPROVAL_PROBABILITY.index()]; }
    public int getCoproductionApprovalWeeks() { return (int) values[COPRODUCTION_APPROVAL_WEEKS.index()]; }
    public int getGameLicencesPerYear() { return (int) values[GAME_LICENCES_PER_YEAR.index()]; }
    public int getGameReviewWeeks() { return (int) values[GAME_REVIEW_WEEKS.index()]; }

    public void setAgents(int v) { set(AGENTS, v); }
    public void setNetworkType(String v) { set(NETWORK_TYPE, v); }
    public void setFilmInnovationPerYear(double v) { set(FILM_INNOVATION_PER_YEAR, v); }
    public void setFilmImitationPerYear(double v) { set(FILM_IMITATION_PER_YEAR, v); }
    public void setDramaInnovationPerYear(double v) { set(DRAMA_INNOVATION_PER_YEAR, v); }
    public void setDramaImitationPerYear(double v) { set(DRAMA_IMITATION_PER_YEAR, v); }
    public void setDropoutPerYear(double v) { set(DROPOUT_PER_YEAR, v); }
    public void setInitialAdoptionShare(double v) { set(INITIAL_ADOPTION_SHARE, v); }
    public void setMediatedContactPerYear(double v) { set(MEDIATED_CONTACT_PER_YEAR, v); }
    public void setNewsNegativityPerYear(double v) { set(NEWS_NEGATIVITY_PER_YEAR, v); }
    public void setAnchoringPerYear(double v) { set(ANCHORING_PER_YEAR, v); }
    public void setFilmNegativeShare(double v) { set(FILM_NEGATIVE_SHARE, v); }
    public void setDramaNegativeShare(double v) { set(DRAMA_NEGATIVE_SHARE, v); }
    public void setMusicNegativeShare(double v) { set(MUSIC_NEGATIVE_SHARE, v); }
    public void setDigitalNegativeShare(double v) { set(DIGITAL_NEGATIVE_SHARE, v); }
    public void setAttitudeAdoptionEffect(double v) { set(ATTITUDE_ADOPTION_EFFECT, v); }
    public void setConfidenceBound(double v) { set(CONFIDENCE_BOUND, v); }
    public void setConvergenceRate(double v) { set(CONVERGENCE_RATE, v); }
    public void setSocialInteractionsPerWeek(double v) { set(SOCIAL_INTERACTIONS_PER_WEEK, v); }
    public void setBaselineTension(double v) { set(BASELINE_TENSION, v); }
    public void setStudiosPerCountry(int v) { set(STUDIOS_PER_COUNTRY, v); }
    public void setTitlesPerStudioQuarter(double v) { set(TITLES_PER_STUDIO_QUARTER, v); }
    public void setBlockingMidpoint(double v) { set(BLOCKING_MIDPOINT, v); }
    public void setAttitudeTravelEffect(double v) { set(ATTITUDE_TRAVEL_EFFECT, v); }
    public void setSocialTravelEffect(double v) { set(SOCIAL_TRAVEL_EFFECT, v); }
    public void setFilmingLocationEffect(double v) { set(FILMING_LOCATION_EFFECT, v); }
    public void setDirectContactWeight(double v) { set(DIRECT_CONTACT_WEIGHT, v); }
    public void setWordOfMouthWeight(double v) { set(WORD_OF_MOUTH_WEIGHT, v); }
    public void setTravellerPersons(double v) { set(TRAVELLER_PERSONS, v); }
    public void setFestivalCatchmentKm(double v) { set(FESTIVAL_CATCHMENT_KM, v); }
    public void setFestivalPressWeight(double v) { set(FESTIVAL_PRESS_WEIGHT, v); }

    /** Innovation coefficient p of a medium, per year. */
    public double innovationPerYear(Medium m) {
        return switch (m) {
            case FILM -> getFilmInnovationPerYear();
            case DRAMA -> getDramaInnovationPerYear();
            case MUSIC -> getMusicInnovationPerYear();
            case DIGITAL -> getDigitalInnovationPerYear();
        };
    }

    /** The negative share of mediated contact of a medium. */
    public double negativeShare(Medium m) {
        return switch (m) {
            case FILM -> getFilmNegativeShare();
            case DRAMA -> getDramaNegativeShare();
            case MUSIC -> getMusicNegativeShare();
            case DIGITAL -> getDigitalNegativeShare();
        };
    }

    /** Imitation coefficient q of a medium, per year. */
    public double imitationPerYear(Medium m) {
        return switch (m) {
            case FILM -> getFilmImitationPerYear();
            case DRAMA -> getDramaImitationPerYear();
            case MUSIC -> getMusicImitationPerYear();
            case DIGITAL -> getDigitalImitationPerYear();
        };
    }

    /** Trip-hazard multiplier of a visa rule. */
    public double visaFactor(culturebridge.model.policy.Visa v) {
        return switch (v) {
            case REQUIRED -> getVisaRequiredFactor();
            case EASED -> getVisaEasedFactor();
            case FREE -> 1.0;
        };
    }

    // ------------------------------------------------------------------ inspector

    /** The declared parameters as MASON's inspector shows them (live: edits apply to this bean). */
    @Override
    public sim.util.Properties properties() {
        return new Inspected(this);
    }

    /**
     * MASON properties backed by the declarations: names as in scenario files, sliders over the
     * declared slider ranges, descriptions with unit, range and source. A value the declaration
     * refuses is not set, and {@code setValue} returns null, MASON's sign of a failed set.
     */
    private static final class Inspected extends sim.util.Properties {
        private static final long serialVersionUID = 1L;
        private static final List<ParameterSpec> ALL = ParameterCatalogue.all();

        Inspected(Params params) {
            object = params;
        }

        private Params params() {
            return (Params) object;
        }

        @Override public boolean isVolatile() { return false; }
        @Override public int numProperties() { return ALL.size(); }
        @Override public String getName(int index) { return ALL.get(index).name(); }
        @Override public Class getType(int index) { return ALL.get(index).type(); }
        @Override public boolean isReadWrite(int index) { return true; }
        @Override public Object getValue(int index) { return params().get(ALL.get(index)); }

        @Override
        public Object getDomain(int index) {
            ParameterSpec p = ALL.get(index);
            return switch (p.kind()) {
                case INTEGER -> new Interval((long) p.sliderMin(), (long) p.sliderMax());
                case REAL -> new Interval(p.sliderMin(), p.sliderMax());
                case CHOICE -> null;
            };
        }

        @Override
        public String getDescription(int index) {
            ParameterSpec p = ALL.get(index);
            return p.description() + " Valid: " + p.rangeText() + (p.unit().isEmpty() ? "" : " " + p.unit())
                    + ". Source: " + (p.sourceText().isEmpty() ? "-" : p.sourceText()) + ".";
        }

        @Override
        protected Object _setValue(int index, Object value) {
            try {
                params().set(ALL.get(index), value);
                return getValue(index);
            } catch (IllegalArgumentException refused) {
                return null;
            }
        }
    }
}
