package culturebridge.model;

import sim.util.Interval;

/**
 * The one parameter bean of the model. Every parameter is declared once here: a getter, a
 * setter that refuses bad values with a message naming the parameter, its unit and its range,
 * {@code desX()} (description with unit, shown by MASON's inspector and written to the
 * manifest) and {@code domX()} (range for the inspector's slider). Scenario files, sweep files,
 * {@code --set} and CSV columns all use these property names.
 *
 * <p>Rates are given per year and turned into weekly hazards inside the model
 * ({@link SimCalendar#STEP_YEARS}). Sources are cited on each parameter; "assumption" marks a
 * value that no source gives and that is left to calibration.
 */
public class Params implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    // ---- population and network ----
    private int agents = 20_000;
    private double firstCountryAgentShare = 0.5;
    private String networkType = "small-world";
    private int meanDegree = 10;
    private double rewiringProbability = 0.1;
    private double crossBorderTieShare = 0.01;

    // ---- adoption: network Bass per medium (per year at full supply) ----
    private double filmInnovationPerYear = 0.05;
    private double filmImitationPerYear = 0.30;
    private double dramaInnovationPerYear = 0.03;
    private double dramaImitationPerYear = 0.50;
    private double musicInnovationPerYear = 0.02;
    private double musicImitationPerYear = 0.45;
    private double digitalInnovationPerYear = 0.03;
    private double digitalImitationPerYear = 0.38;
    private double dropoutPerYear = 0.5;
    private double saturationTitles = 4.0;
    private double unofficialAvailability = 0.05;
    private double initialAdoptionShare = 0.05;

    // ---- attitude ----
    private double mediatedContactPerYear = 0.5;
    private double newsNegativityPerYear = 0.675;
    private double anchoringPerYear = 0.5;
    private double confidenceBound = 0.2;
    private double convergenceRate = 0.3;
    private double socialInteractionsPerWeek = 0.05;

    // ---- climate ----
    private double baselineTension = 0.1;

    // ---- studios and titles ----
    private int studiosPerCountry = 20;
    private double titlesPerStudioQuarter = 0.5;
    private double qualitySigma = 0.5;
    private double revenueTailIndex = 2.0;
    private double foreignRevenueShare = 0.25;
    private double exportFixedCost = 0.05;
    private double exportLearningRate = 0.2;
    private double coproductionPropensity = 0.1;

    // ---- regulators ----
    private int reviewWeeks = 8;
    private int queueExpiryQuarters = 4;
    private double blockingMidpoint = 0.5;
    private double blockingSteepness = 0.08;

    // ---- travel ----
    private double tripRateScale = 1.0;
    private double attitudeTravelEffect = 2.0;
    private double fandomTravelEffect = 1.0;
    private double incomeTravelElasticity = 1.0;
    private double socialTravelEffect = 1.0;
    private double visaRequiredFactor = 0.43;
    private double visaEasedFactor = 0.7;
    private double politicalRiskEffect = 2.0;
    private double distanceDecay = 1.58;
    private double filmingLocationEffect = 2.0;
    private double filmingMemoryYears = 4.0;
    private int tripWeeks = 1;
    private double satisfactionMean = 0.7;
    private double satisfactionSd = 0.15;
    private double directContactWeight = 0.2;
    private double wordOfMouthWeight = 0.02;

    // ---- soft power index ----
    private double softPowerFamiliarityWeight = 0.25;
    private double softPowerReputationWeight = 0.25;
    private double softPowerInfluenceWeight = 0.25;
    private double softPowerPullWeight = 0.25;

    /** A copy with the same values. */
    public Params copy() {
        try {
            return (Params) new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(
                    serialize(this))).readObject();
        } catch (java.io.IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] serialize(Object o) throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    // ------------------------------------------------------------------ checks

    private static int checkInt(String name, int v, int lo, int hi, String unit) {
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(name + " must be between " + lo + " and " + hi + " " + unit + ", got " + v);
        }
        return v;
    }

    private static double checkReal(String name, double v, double lo, double hi, String unit) {
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException(name + " must be between " + lo + " and " + hi + " " + unit + ", got " + v);
        }
        return v;
    }

    // ------------------------------------------------------------------ population and network

    public int getAgents() { return agents; }
    public void setAgents(int v) { agents = checkInt("agents", v, 2, 20_000_000, "agents"); }
    public String desAgents() { return "Number of audience agents in both countries together (agents)."; }
    public Object domAgents() { return new Interval(100, 2_000_000); }

    public double getFirstCountryAgentShare() { return firstCountryAgentShare; }
    public void setFirstCountryAgentShare(double v) { firstCountryAgentShare = checkReal("firstCountryAgentShare", v, 0.01, 0.99, "(share)"); }
    public String desFirstCountryAgentShare() { return "Share of audience agents placed in the first country (share, 0.01-0.99); the rest go to the second. Equal shares give both populations the same precision; each agent's weight is population / agents in its country."; }
    public Object domFirstCountryAgentShare() { return new Interval(0.01, 0.99); }

    /** Names accepted by {@link #setNetworkType(String)}. */
    public static final String[] NETWORK_TYPES = {"small-world", "scale-free", "complete"};

    public String getNetworkType() { return networkType; }
    public void setNetworkType(String v) {
        for (String t : NETWORK_TYPES) {
            if (t.equals(v)) { networkType = t; return; }
        }
        throw new IllegalArgumentException("networkType must be one of " + String.join(", ", NETWORK_TYPES) + ", got " + v);
    }
    public String desNetworkType() { return "Social network of the audiences: small-world (Watts-Strogatz ring of city neighbours, rewired), scale-free (Barabasi-Albert preferential attachment) or complete (everyone sees everyone's adoption; used for Bass docking)."; }

    public int getMeanDegree() { return meanDegree; }
    public void setMeanDegree(int v) { meanDegree = checkInt("meanDegree", v, 2, 200, "ties"); }
    public String desMeanDegree() { return "Mean number of social ties per audience agent (ties; even numbers for small-world). Assumption to be calibrated."; }
    public Object domMeanDegree() { return new Interval(2, 50); }

    public double getRewiringProbability() { return rewiringProbability; }
    public void setRewiringProbability(double v) { rewiringProbability = checkReal("rewiringProbability", v, 0, 1, "(probability)"); }
    public String desRewiringProbability() { return "Small-world rewiring probability per tie (probability, 0-1; Watts & Strogatz 1998 used 0.01-0.1 for the small-world regime)."; }
    public Object domRewiringProbability() { return new Interval(0.0, 1.0); }

    public double getCrossBorderTieShare() { return crossBorderTieShare; }
    public void setCrossBorderTieShare(double v) { crossBorderTieShare = checkReal("crossBorderTieShare", v, 0, 0.5, "(share)"); }
    public String desCrossBorderTieShare() { return "Share of ties that link to a person in the partner country (share, 0-0.5). A partner-country tie counts as an adopter of its own country's content. Assumption to be calibrated."; }
    public Object domCrossBorderTieShare() { return new Interval(0.0, 0.5); }

    // ------------------------------------------------------------------ adoption

    public double getFilmInnovationPerYear() { return filmInnovationPerYear; }
    public void setFilmInnovationPerYear(double v) { filmInnovationPerYear = checkReal("filmInnovationPerYear", v, 0, 5, "per year"); }
    public String desFilmInnovationPerYear() { return "Bass innovation coefficient p for partner films at full supply (per year). Films: p large relative to q, blockbuster decay (Sawhney & Eliashberg 1996); cross-category mean p = 0.03 (Sultan, Farley & Lehmann 1990). Assumption to be calibrated."; }
    public Object domFilmInnovationPerYear() { return new Interval(0.0, 1.0); }

    public double getFilmImitationPerYear() { return filmImitationPerYear; }
    public void setFilmImitationPerYear(double v) { filmImitationPerYear = checkReal("filmImitationPerYear", v, 0, 10, "per year"); }
    public String desFilmImitationPerYear() { return "Bass imitation coefficient q for partner films (per year, applied to the adopter share among ties). Cross-category mean q = 0.38 (Sultan et al. 1990). Assumption to be calibrated."; }
    public Object domFilmImitationPerYear() { return new Interval(0.0, 2.0); }

    public double getDramaInnovationPerYear() { return dramaInnovationPerYear; }
    public void setDramaInnovationPerYear(double v) { dramaInnovationPerYear = checkReal("dramaInnovationPerYear", v, 0, 5, "per year"); }
    public String desDramaInnovationPerYear() { return "Bass innovation coefficient p for partner TV dramas at full supply (per year); Sultan et al. 1990 mean 0.03. Assumption to be calibrated."; }
    public Object domDramaInnovationPerYear() { return new Interval(0.0, 1.0); }

    public double getDramaImitationPerYear() { return dramaImitationPerYear; }
    public void setDramaImitationPerYear(double v) { dramaImitationPerYear = checkReal("dramaImitationPerYear", v, 0, 10, "per year"); }
    public String desDramaImitationPerYear() { return "Bass imitation coefficient q for partner TV dramas (per year). Dramas spread by word of mouth (q > p, sleeper hump; model-literature §1 design choice). Assumption to be calibrated."; }
    public Object domDramaImitationPerYear() { return new Interval(0.0, 2.0); }

    public double getMusicInnovationPerYear() { return musicInnovationPerYear; }
    public void setMusicInnovationPerYear(double v) { musicInnovationPerYear = checkReal("musicInnovationPerYear", v, 0, 5, "per year"); }
    public String desMusicInnovationPerYear() { return "Bass innovation coefficient p for partner music at full supply (per year). Assumption to be calibrated."; }
    public Object domMusicInnovationPerYear() { return new Interval(0.0, 1.0); }

    public double getMusicImitationPerYear() { return musicImitationPerYear; }
    public void setMusicImitationPerYear(double v) { musicImitationPerYear = checkReal("musicImitationPerYear", v, 0, 10, "per year"); }
    public String desMusicImitationPerYear() { return "Bass imitation coefficient q for partner music (per year); fandoms spread by word of mouth. Assumption to be calibrated."; }
    public Object domMusicImitationPerYear() { return new Interval(0.0, 2.0); }

    public double getDigitalInnovationPerYear() { return digitalInnovationPerYear; }
    public void setDigitalInnovationPerYear(double v) { digitalInnovationPerYear = checkReal("digitalInnovationPerYear", v, 0, 5, "per year"); }
    public String desDigitalInnovationPerYear() { return "Bass innovation coefficient p for partner digital content (games, webtoons) at full supply (per year); Sultan et al. 1990 mean 0.03."; }
    public Object domDigitalInnovationPerYear() { return new Interval(0.0, 1.0); }

    public double getDigitalImitationPerYear() { return digitalImitationPerYear; }
    public void setDigitalImitationPerYear(double v) { digitalImitationPerYear = checkReal("digitalImitationPerYear", v, 0, 10, "per year"); }
    public String desDigitalImitationPerYear() { return "Bass imitation coefficient q for partner digital content (per year); Sultan et al. 1990 mean 0.38."; }
    public Object domDigitalImitationPerYear() { return new Interval(0.0, 2.0); }

    /** Innovation coefficient p of a medium, per year. */
    public double innovationPerYear(Medium m) {
        return switch (m) {
            case FILM -> filmInnovationPerYear;
            case DRAMA -> dramaInnovationPerYear;
            case MUSIC -> musicInnovationPerYear;
            case DIGITAL -> digitalInnovationPerYear;
        };
    }

    /** Imitation coefficient q of a medium, per year. */
    public double imitationPerYear(Medium m) {
        return switch (m) {
            case FILM -> filmImitationPerYear;
            case DRAMA -> dramaImitationPerYear;
            case MUSIC -> musicImitationPerYear;
            case DIGITAL -> digitalImitationPerYear;
        };
    }

    public double getDropoutPerYear() { return dropoutPerYear; }
    public void setDropoutPerYear(double v) { dropoutPerYear = checkReal("dropoutPerYear", v, 0, 52, "per year"); }
    public String desDropoutPerYear() { return "Rate at which adopters stop consuming a partner medium when its supply stops (per year, scaled by the missing share of supply 1 - s). Assumption to be calibrated."; }
    public Object domDropoutPerYear() { return new Interval(0.0, 5.0); }

    public double getSaturationTitles() { return saturationTitles; }
    public void setSaturationTitles(double v) { saturationTitles = checkReal("saturationTitles", v, 0.1, 1000, "titles"); }
    public String desSaturationTitles() { return "Quality-weighted number of partner titles in release in a market at which the supply s of a medium reaches 1 (titles). Assumption to be calibrated."; }
    public Object domSaturationTitles() { return new Interval(0.5, 50.0); }

    public double getUnofficialAvailability() { return unofficialAvailability; }
    public void setUnofficialAvailability(double v) { unofficialAvailability = checkReal("unofficialAvailability", v, 0, 1, "(supply share)"); }
    public String desUnofficialAvailability() { return "Supply of partner content through unofficial channels (VPN, piracy, fan subtitles) that remains while a medium is closed (supply share, 0-1). Assumption to be calibrated."; }
    public Object domUnofficialAvailability() { return new Interval(0.0, 0.5); }

    public double getInitialAdoptionShare() { return initialAdoptionShare; }
    public void setInitialAdoptionShare(double v) { initialAdoptionShare = checkReal("initialAdoptionShare", v, 0, 1, "(share)"); }
    public String desInitialAdoptionShare() { return "Share of each population already consuming each partner medium at the start, through earlier releases and unofficial channels (share, 0-1). Assumption; a calibrated warm-up replaces it."; }
    public Object domInitialAdoptionShare() { return new Interval(0.0, 1.0); }

    // ------------------------------------------------------------------ attitude

    public double getMediatedContactPerYear() { return mediatedContactPerYear; }
    public void setMediatedContactPerYear(double v) { mediatedContactPerYear = checkReal("mediatedContactPerYear", v, 0, 10, "per year"); }
    public String desMediatedContactPerYear() { return "Rate eta+ at which consuming partner content moves attitude toward 1 (per year, at all four media adopted): mediated (parasocial) contact lowers prejudice, r = -.23 (Banas et al. 2020). Size is an assumption to be calibrated."; }
    public Object domMediatedContactPerYear() { return new Interval(0.0, 1.0); }

    public double getNewsNegativityPerYear() { return newsNegativityPerYear; }
    public void setNewsNegativityPerYear(double v) { newsNegativityPerYear = checkReal("newsNegativityPerYear", v, 0, 10, "per year"); }
    public String desNewsNegativityPerYear() { return "Rate eta- at which negative political news moves attitude toward 0 (per year, per unit of tension above its baseline). Default 1.35 x eta+: negative mediated contact weighs more, r = +.31 vs -.23 (Banas et al. 2020)."; }
    public Object domNewsNegativityPerYear() { return new Interval(0.0, 1.0); }

    public double getAnchoringPerYear() { return anchoringPerYear; }
    public void setAnchoringPerYear(double v) { anchoringPerYear = checkReal("anchoringPerYear", v, 0, 52, "per year"); }
    public String desAnchoringPerYear() { return "Rate of pull back to each agent's initial attitude (per year): anchoring to prejudice, Friedkin-Johnsen (Proskurnikov et al. 2017). Assumption to be calibrated."; }
    public Object domAnchoringPerYear() { return new Interval(0.0, 5.0); }

    public double getConfidenceBound() { return confidenceBound; }
    public void setConfidenceBound(double v) { confidenceBound = checkReal("confidenceBound", v, 0, 1, "(attitude units)"); }
    public String desConfidenceBound() { return "Bounded-confidence threshold epsilon: a tie's attitude influences only if closer than this (attitude units, 0-1). Consensus above 0.5 (Deffuant et al. 2000; Fortunato 2004)."; }
    public Object domConfidenceBound() { return new Interval(0.0, 1.0); }

    public double getConvergenceRate() { return convergenceRate; }
    public void setConvergenceRate(double v) { convergenceRate = checkReal("convergenceRate", v, 0, 0.5, "(share of the gap)"); }
    public String desConvergenceRate() { return "Bounded-confidence convergence mu: share of the attitude gap closed per interaction (0-0.5; Deffuant et al. 2000)."; }
    public Object domConvergenceRate() { return new Interval(0.0, 0.5); }

    public double getSocialInteractionsPerWeek() { return socialInteractionsPerWeek; }
    public void setSocialInteractionsPerWeek(double v) { socialInteractionsPerWeek = checkReal("socialInteractionsPerWeek", v, 0, 1, "(probability per week)"); }
    public String desSocialInteractionsPerWeek() { return "Probability per week that an agent discusses the partner country with one random tie (probability per week). Assumption to be calibrated."; }
    public Object domSocialInteractionsPerWeek() { return new Interval(0.0, 1.0); }

    // ------------------------------------------------------------------ climate

    public double getBaselineTension() { return baselineTension; }
    public void setBaselineTension(double v) { baselineTension = checkReal("baselineTension", v, 0, 1, "(tension)"); }
    public String desBaselineTension() { return "Political tension between the two countries without shocks (0 = none, 1 = crisis). Shocks add to it and decay by their half-life. Assumption to be calibrated."; }
    public Object domBaselineTension() { return new Interval(0.0, 1.0); }

    // ------------------------------------------------------------------ studios

    public int getStudiosPerCountry() { return studiosPerCountry; }
    public void setStudiosPerCountry(int v) { studiosPerCountry = checkInt("studiosPerCountry", v, 1, 10_000, "studios"); }
    public String desStudiosPerCountry() { return "Studios (producers able to export) per country (studios). Assumption."; }
    public Object domStudiosPerCountry() { return new Interval(1, 200); }

    public double getTitlesPerStudioQuarter() { return titlesPerStudioQuarter; }
    public void setTitlesPerStudioQuarter(double v) { titlesPerStudioQuarter = checkReal("titlesPerStudioQuarter", v, 0, 100, "titles per studio per medium per quarter"); }
    public String desTitlesPerStudioQuarter() { return "Mean slate size: titles a studio makes per medium per quarter (Poisson mean; titles per studio per medium per quarter). Assumption."; }
    public Object domTitlesPerStudioQuarter() { return new Interval(0.0, 5.0); }

    public double getQualitySigma() { return qualitySigma; }
    public void setQualitySigma(double v) { qualitySigma = checkReal("qualitySigma", v, 0, 5, "(log-sd)"); }
    public String desQualitySigma() { return "Spread of title quality around the studio's capability (log-sd of a log-normal). Assumption."; }
    public Object domQualitySigma() { return new Interval(0.0, 2.0); }

    public double getRevenueTailIndex() { return revenueTailIndex; }
    public void setRevenueTailIndex(double v) { revenueTailIndex = checkReal("revenueTailIndex", v, 1.01, 10, "(Pareto alpha)"); }
    public String desRevenueTailIndex() { return "Pareto tail index alpha of title revenues (dimensionless). Gross earnings alpha ~ 2 (Sinha & Pan 2005); infinite variance (De Vany & Walls 1999)."; }
    public Object domRevenueTailIndex() { return new Interval(1.1, 4.0); }

    public double getForeignRevenueShare() { return foreignRevenueShare; }
    public void setForeignRevenueShare(double v) { foreignRevenueShare = checkReal("foreignRevenueShare", v, 0, 1, "(share)"); }
    public String desForeignRevenueShare() { return "Share of a partner title's box office that reaches the foreign studio (share). China's revenue-share imports: 25% since 2012 (chinadaily 2017-02-10; people.cn 2012-02-21)."; }
    public Object domForeignRevenueShare() { return new Interval(0.0, 1.0); }

    public double getExportFixedCost() { return exportFixedCost; }
    public void setExportFixedCost(double v) { exportFixedCost = checkReal("exportFixedCost", v, 0, 100, "(mean title revenues in the destination market)"); }
    public String desExportFixedCost() { return "Fixed cost of exporting one title (censorship, dubbing, marketing), in units of a mean-quality title's expected revenue in the destination market: the Melitz (2003) export cutoff. Assumption to be calibrated."; }
    public Object domExportFixedCost() { return new Interval(0.0, 2.0); }

    public double getExportLearningRate() { return exportLearningRate; }
    public void setExportLearningRate(double v) { exportLearningRate = checkReal("exportLearningRate", v, 0, 1, "(weight per outcome)"); }
    public String desExportLearningRate() { return "Weight of each realised export return in the studio's expected return (exponential smoothing; 0-1). Assumption: reinforcement-learning forms are candidates (model-literature §4)."; }
    public Object domExportLearningRate() { return new Interval(0.0, 1.0); }

    public double getCoproductionPropensity() { return coproductionPropensity; }
    public void setCoproductionPropensity(double v) { coproductionPropensity = checkReal("coproductionPropensity", v, 0, 1, "(probability per title)"); }
    public String desCoproductionPropensity() { return "Probability that a slate title is made as a co-production with a partner studio where the stage allows it (probability per title). Assumption to be calibrated."; }
    public Object domCoproductionPropensity() { return new Interval(0.0, 1.0); }

    // ------------------------------------------------------------------ regulators

    public int getReviewWeeks() { return reviewWeeks; }
    public void setReviewWeeks(int v) { reviewWeeks = checkInt("reviewWeeks", v, 0, 520, "weeks"); }
    public String desReviewWeeks() { return "Regulator review delay before a submitted partner title can be approved (weeks). China requires full-season review of foreign online series (SARFT 2014 notice); length an assumption."; }
    public Object domReviewWeeks() { return new Interval(0, 52); }

    public int getQueueExpiryQuarters() { return queueExpiryQuarters; }
    public void setQueueExpiryQuarters(int v) { queueExpiryQuarters = checkInt("queueExpiryQuarters", v, 1, 100, "quarters"); }
    public String desQueueExpiryQuarters() { return "Quarters a submitted title waits in the approval queue before its studio withdraws it (quarters). Assumption."; }
    public Object domQueueExpiryQuarters() { return new Interval(1, 12); }

    public double getBlockingMidpoint() { return blockingMidpoint; }
    public void setBlockingMidpoint(double v) { blockingMidpoint = checkReal("blockingMidpoint", v, 0, 1, "(tension)"); }
    public String desBlockingMidpoint() { return "Tension at which half the reviewed partner titles are informally blocked (tension, 0-1). The 2016 restrictions were never announced (China denies a ban; data/events.csv), hence informal. Assumption to be calibrated."; }
    public Object domBlockingMidpoint() { return new Interval(0.0, 1.0); }

    public double getBlockingSteepness() { return blockingSteepness; }
    public void setBlockingSteepness(double v) { blockingSteepness = checkReal("blockingSteepness", v, 0.001, 1, "(tension)"); }
    public String desBlockingSteepness() { return "Logistic scale of informal blocking around its midpoint (tension units; smaller is sharper). Assumption."; }
    public Object domBlockingSteepness() { return new Interval(0.01, 0.5); }

    // ------------------------------------------------------------------ travel

    public double getTripRateScale() { return tripRateScale; }
    public void setTripRateScale(double v) { tripRateScale = checkReal("tripRateScale", v, 0, 100, "(multiplier)"); }
    public String desTripRateScale() { return "Multiplier on both countries' baseline trip rates from the country table (multiplier; 1 = as tabled). Calibrated."; }
    public Object domTripRateScale() { return new Interval(0.0, 5.0); }

    public double getAttitudeTravelEffect() { return attitudeTravelEffect; }
    public void setAttitudeTravelEffect(double v) { attitudeTravelEffect = checkReal("attitudeTravelEffect", v, -20, 20, "(log-hazard per attitude unit)"); }
    public String desAttitudeTravelEffect() { return "Effect of attitude toward the destination on the trip hazard (log-hazard per attitude unit, relative to the country's initial mean). Country image mediates travel intention (Dela Cruz & Lacap 2023; TPB attitude term); size an assumption to be calibrated."; }
    public Object domAttitudeTravelEffect() { return new Interval(0.0, 10.0); }

    public double getFandomTravelEffect() { return fandomTravelEffect; }
    public void setFandomTravelEffect(double v) { fandomTravelEffect = checkReal("fandomTravelEffect", v, -20, 20, "(log-hazard per fandom unit)"); }
    public String desFandomTravelEffect() { return "Effect of fandom (share of the four partner media consumed, relative to the initial mean) on the trip hazard (log-hazard per unit). 55.6% of individual visitors cite Korean dramas/films (KTO survey via KBS World); Hallyu exports +1% -> arrivals +0.019% (HRI 2014). Assumption to be calibrated."; }
    public Object domFandomTravelEffect() { return new Interval(0.0, 5.0); }

    public double getIncomeTravelElasticity() { return incomeTravelElasticity; }
    public void setIncomeTravelElasticity(double v) { incomeTravelElasticity = checkReal("incomeTravelElasticity", v, 0, 5, "(elasticity)"); }
    public String desIncomeTravelElasticity() { return "Income elasticity of the trip hazard (elasticity; log income relative to the country median). Most studies > 1, recent estimates < 1 (Crouch 1995; Tourism Economics 22(3) 2016): 1 as a middle value."; }
    public Object domIncomeTravelElasticity() { return new Interval(0.0, 3.0); }

    public double getSocialTravelEffect() { return socialTravelEffect; }
    public void setSocialTravelEffect(double v) { socialTravelEffect = checkReal("socialTravelEffect", v, -20, 20, "(log-hazard per share)"); }
    public String desSocialTravelEffect() { return "Effect of the share of ties who visited the partner in the last 52 weeks on the trip hazard (log-hazard per share): the subjective norm, generally weak (Armitage & Conner 2001). Assumption to be calibrated."; }
    public Object domSocialTravelEffect() { return new Interval(0.0, 5.0); }

    public double getVisaRequiredFactor() { return visaRequiredFactor; }
    public void setVisaRequiredFactor(double v) { visaRequiredFactor = checkReal("visaRequiredFactor", v, 0, 1, "(multiplier)"); }
    public String desVisaRequiredFactor() { return "Trip hazard under a visa requirement relative to visa-free travel (multiplier). A visa requirement reduces travel by 52-63% (Neumayer 2010): 0.43 is the midpoint of 0.37-0.48."; }
    public Object domVisaRequiredFactor() { return new Interval(0.0, 1.0); }

    public double getVisaEasedFactor() { return visaEasedFactor; }
    public void setVisaEasedFactor(double v) { visaEasedFactor = checkReal("visaEasedFactor", v, 0, 1, "(multiplier)"); }
    public String desVisaEasedFactor() { return "Trip hazard under eased visa procedures (multiple-entry visas, streamlined issuing) relative to visa-free travel (multiplier). Between the visa-required and visa-free values; assumption to be calibrated."; }
    public Object domVisaEasedFactor() { return new Interval(0.0, 1.0); }

    public double getPoliticalRiskEffect() { return politicalRiskEffect; }
    public void setPoliticalRiskEffect(double v) { politicalRiskEffect = checkReal("politicalRiskEffect", v, 0, 50, "(log-hazard per tension unit)"); }
    public String desPoliticalRiskEffect() { return "Political-risk effect on the trip hazard: exp(-b max(0, T - baseline)) (log-hazard per unit of tension above its baseline). Political risk is 'very important' for tourism (Eilat & Einav 2004); size an assumption to be calibrated."; }
    public Object domPoliticalRiskEffect() { return new Interval(0.0, 10.0); }

    public double getDistanceDecay() { return distanceDecay; }
    public void setDistanceDecay(double v) { distanceDecay = checkReal("distanceDecay", v, 0, 10, "(utility per log km)"); }
    public String desDistanceDecay() { return "Distance term of the destination logit (utility per log kilometre, negative sign applied). Doubling distance cuts flows by more than two thirds: beta_D > 1.58 (Dropsy, Montet & Poirine 2018, derived)."; }
    public Object domDistanceDecay() { return new Interval(0.0, 5.0); }

    public double getFilmingLocationEffect() { return filmingLocationEffect; }
    public void setFilmingLocationEffect(double v) { filmingLocationEffect = checkReal("filmingLocationEffect", v, 0, 50, "(utility per share)"); }
    public String desFilmingLocationEffect() { return "Destination-logit bonus of a city per share of the adopted media's recent partner titles that feature it (utility per share). Film-induced visits +40-50% for 4 years (Riley, Baker & Van Doren 1998, contested: Beeton 2006); Chuncheon foreign visitors +165% after Winter Sonata. Assumption to be calibrated."; }
    public Object domFilmingLocationEffect() { return new Interval(0.0, 10.0); }

    public double getFilmingMemoryYears() { return filmingMemoryYears; }
    public void setFilmingMemoryYears(double v) { filmingMemoryYears = checkReal("filmingMemoryYears", v, 0.1, 50, "years"); }
    public String desFilmingMemoryYears() { return "How long a title's filming locations keep attracting its audience (years); at least 4 years (Riley et al. 1998)."; }
    public Object domFilmingMemoryYears() { return new Interval(0.5, 10.0); }

    public int getTripWeeks() { return tripWeeks; }
    public void setTripWeeks(int v) { tripWeeks = checkInt("tripWeeks", v, 1, 52, "weeks"); }
    public String desTripWeeks() { return "Length of a trip (weeks; trips are counted as arrivals in their departure week). Chinese visitors to Korea stay about 4-7 nights (KTO surveys): one week."; }
    public Object domTripWeeks() { return new Interval(1, 8); }

    public double getSatisfactionMean() { return satisfactionMean; }
    public void setSatisfactionMean(double v) { satisfactionMean = checkReal("satisfactionMean", v, 0, 1, "(0-1)"); }
    public String desSatisfactionMean() { return "Mean satisfaction with a trip (0-1; a trip's draw is normal around it, clipped). Visitor surveys report about 4 on a 5-point scale; assumption."; }
    public Object domSatisfactionMean() { return new Interval(0.0, 1.0); }

    public double getSatisfactionSd() { return satisfactionSd; }
    public void setSatisfactionSd(double v) { satisfactionSd = checkReal("satisfactionSd", v, 0, 1, "(0-1)"); }
    public String desSatisfactionSd() { return "Standard deviation of trip satisfaction (0-1). Assumption."; }
    public Object domSatisfactionSd() { return new Interval(0.0, 0.5); }

    public double getDirectContactWeight() { return directContactWeight; }
    public void setDirectContactWeight(double v) { directContactWeight = checkReal("directContactWeight", v, 0, 1, "(share of the gap)"); }
    public String desDirectContactWeight() { return "On return, the traveller's attitude moves this share of the way to the trip's satisfaction (share of the gap): direct intergroup contact, r = -.215 with prejudice (Pettigrew & Tropp 2006). Assumption to be calibrated."; }
    public Object domDirectContactWeight() { return new Interval(0.0, 1.0); }

    public double getWordOfMouthWeight() { return wordOfMouthWeight; }
    public void setWordOfMouthWeight(double v) { wordOfMouthWeight = checkReal("wordOfMouthWeight", v, 0, 1, "(share of the gap)"); }
    public String desWordOfMouthWeight() { return "On return, each domestic tie's attitude moves this share of the way to the trip's satisfaction (share of the gap): word of mouth. Assumption to be calibrated."; }
    public Object domWordOfMouthWeight() { return new Interval(0.0, 0.5); }

    /** Trip-hazard multiplier of a visa rule. */
    public double visaFactor(culturebridge.model.policy.Visa v) {
        return switch (v) {
            case REQUIRED -> visaRequiredFactor;
            case EASED -> visaEasedFactor;
            case FREE -> 1.0;
        };
    }

    // ------------------------------------------------------------------ soft power

    public double getSoftPowerFamiliarityWeight() { return softPowerFamiliarityWeight; }
    public void setSoftPowerFamiliarityWeight(double v) { softPowerFamiliarityWeight = checkReal("softPowerFamiliarityWeight", v, 0, 1, "(weight)"); }
    public String desSoftPowerFamiliarityWeight() { return "Weight of familiarity (share who consumed the country's content or visited it) in the soft-power index (0-1). Brand Finance GSPI KPI; equal weights by default (weights unverified)."; }
    public Object domSoftPowerFamiliarityWeight() { return new Interval(0.0, 1.0); }

    public double getSoftPowerReputationWeight() { return softPowerReputationWeight; }
    public void setSoftPowerReputationWeight(double v) { softPowerReputationWeight = checkReal("softPowerReputationWeight", v, 0, 1, "(weight)"); }
    public String desSoftPowerReputationWeight() { return "Weight of reputation (mean attitude of the partner population) in the soft-power index (0-1). Brand Finance GSPI KPI."; }
    public Object domSoftPowerReputationWeight() { return new Interval(0.0, 1.0); }

    public double getSoftPowerInfluenceWeight() { return softPowerInfluenceWeight; }
    public void setSoftPowerInfluenceWeight(double v) { softPowerInfluenceWeight = checkReal("softPowerInfluenceWeight", v, 0, 1, "(weight)"); }
    public String desSoftPowerInfluenceWeight() { return "Weight of influence (share who adopted the country's content in the last 52 weeks) in the soft-power index (0-1). Brand Finance GSPI KPI."; }
    public Object domSoftPowerInfluenceWeight() { return new Interval(0.0, 1.0); }

    public double getSoftPowerPullWeight() { return softPowerPullWeight; }
    public void setSoftPowerPullWeight(double v) { softPowerPullWeight = checkReal("softPowerPullWeight", v, 0, 1, "(weight)"); }
    public String desSoftPowerPullWeight() { return "Weight of behavioural pull (trips to the country in the last 12 months relative to the first 12, capped at 2, halved) in the soft-power index (0-1). Design choice, model-literature §5."; }
    public Object domSoftPowerPullWeight() { return new Interval(0.0, 1.0); }
}
