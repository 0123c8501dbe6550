package culturebridge.model.params;

import static culturebridge.model.params.Section.ADOPTION;
import static culturebridge.model.params.Section.ATTITUDE;
import static culturebridge.model.params.Section.CLIMATE;
import static culturebridge.model.params.Section.POPULATION;
import static culturebridge.model.params.Section.REGULATORS;
import static culturebridge.model.params.Section.SOFT_POWER;
import static culturebridge.model.params.Section.STUDIOS;
import static culturebridge.model.params.Section.TRAVEL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every model parameter, declared once, in the order the model description lists them. The
 * parameter bean ({@code culturebridge.model.Params}) stores one value per declaration, MASON's
 * inspector shows them, scenario files, sweep files and {@code --set} bind them by name, and the
 * model description's parameter table is printed from them.
 *
 * <p>Rates are given per year and turned into weekly hazards inside the model. Each declaration
 * says where its default comes from ({@link Basis}): cited sources, an assumption, calibration
 * (the calibrated values are in the {@code calibrated-*.yaml} files of {@code scenarios/calibration/}) or a setting of
 * the run. The inspector's slider spans the valid range unless the declaration says why not.
 */
public final class ParameterCatalogue {

    /** Declarations in source order; each builder appends its spec here, so index = position. */
    private static final List<ParameterSpec> DECLARED = new ArrayList<>();

    // ---- Population and network ----

    public static final ParameterSpec AGENTS = integer(POPULATION, "agents", 20_000, 2, 20_000_000, "agents")
            .slider(100, 2_000_000,
                    "the GUI builds and draws every agent: below 100 the map is all but empty, above 2 "
                    + "million a step is too slow to watch; larger runs are headless")
            .shapesPopulation()
            .setting("Number of audience agents in both countries together (agents).");

    public static final ParameterSpec FIRST_COUNTRY_AGENT_SHARE = real(POPULATION, "firstCountryAgentShare", 0.5, 0.01, 0.99, "share")
            .shapesPopulation()
            .setting("Share of audience agents placed in the first country (share, 0.01-0.99); the rest go to "
                    + "the second. Equal shares give both populations the same precision; each agent's weight "
                    + "is population / agents in its country.");

    public static final ParameterSpec NETWORK_TYPE = choice(POPULATION, "networkType", "small-world", "small-world", "scale-free", "complete")
            .shapesPopulation()
            .setting("Social network of the audiences: small-world (Watts-Strogatz ring of city neighbours, "
                    + "rewired), scale-free (Barabasi-Albert preferential attachment) or complete (everyone "
                    + "sees everyone's adoption; used for Bass docking).");

    public static final ParameterSpec MEAN_DEGREE = integer(POPULATION, "meanDegree", 10, 2, 200, "ties")
            .shapesPopulation()
            .assumption("",
                    "Mean number of social ties per audience agent (ties; even numbers for small-world). "
                    + "Assumption to be calibrated.");

    public static final ParameterSpec REWIRING_PROBABILITY = real(POPULATION, "rewiringProbability", 0.1, 0.0, 1.0, "probability")
            .shapesPopulation()
            .source("Watts & Strogatz 1998",
                    "Small-world rewiring probability per tie (probability, 0-1; Watts & Strogatz 1998 used "
                    + "0.01-0.1 for the small-world regime).");

    public static final ParameterSpec CROSS_BORDER_TIE_SHARE = real(POPULATION, "crossBorderTieShare", 0.01, 0.0, 0.5, "share")
            .shapesPopulation()
            .assumption("",
                    "Share of ties that link to a person in the partner country (share, 0-0.5). A "
                    + "partner-country tie counts as an adopter of its own country's content. Assumption to be "
                    + "calibrated.");

    // ---- Adoption (network Bass, per medium) ----

    public static final ParameterSpec FILM_INNOVATION_PER_YEAR = real(ADOPTION, "filmInnovationPerYear", 0.05, 0.0, 5.0, "per year")
            .assumption("Sawhney & Eliashberg 1996; Sultan, Farley & Lehmann 1990",
                    "Bass innovation coefficient p for partner films at full supply (per year). Films: p "
                    + "large relative to q, blockbuster decay (Sawhney & Eliashberg 1996); cross-category mean "
                    + "p = 0.03 (Sultan, Farley & Lehmann 1990). Assumption to be calibrated.");

    public static final ParameterSpec FILM_IMITATION_PER_YEAR = real(ADOPTION, "filmImitationPerYear", 0.3, 0.0, 10.0, "per year")
            .assumption("Sultan et al. 1990",
                    "Bass imitation coefficient q for partner films (per year, applied to the adopter share "
                    + "among ties). Cross-category mean q = 0.38 (Sultan et al. 1990). Assumption to be "
                    + "calibrated.");

    public static final ParameterSpec DRAMA_INNOVATION_PER_YEAR = real(ADOPTION, "dramaInnovationPerYear", 0.03, 0.0, 5.0, "per year")
            .calibrated("Sultan et al. 1990",
                    "Bass innovation coefficient p for partner TV dramas at full supply (per year); Sultan et "
                    + "al. 1990 mean 0.03. The prior of the calibration (ODD 5.5).");

    public static final ParameterSpec DRAMA_IMITATION_PER_YEAR = real(ADOPTION, "dramaImitationPerYear", 0.5, 0.0, 10.0, "per year")
            .calibrated("model-literature §1",
                    "Bass imitation coefficient q for partner TV dramas (per year). Dramas spread by word of "
                    + "mouth (q > p, sleeper hump; model-literature §1 design choice). The prior of the "
                    + "calibration (ODD 5.5).");

    public static final ParameterSpec MUSIC_INNOVATION_PER_YEAR = real(ADOPTION, "musicInnovationPerYear", 0.02, 0.0, 5.0, "per year")
            .assumption("",
                    "Bass innovation coefficient p for partner music at full supply (per year). Assumption to "
                    + "be calibrated.");

    public static final ParameterSpec MUSIC_IMITATION_PER_YEAR = real(ADOPTION, "musicImitationPerYear", 0.45, 0.0, 10.0, "per year")
            .assumption("",
                    "Bass imitation coefficient q for partner music (per year); fandoms spread by word of "
                    + "mouth. Assumption to be calibrated.");

    public static final ParameterSpec DIGITAL_INNOVATION_PER_YEAR = real(ADOPTION, "digitalInnovationPerYear", 0.03, 0.0, 5.0, "per year")
            .source("Sultan et al. 1990",
                    "Bass innovation coefficient p for partner digital content (games, webtoons) at full "
                    + "supply (per year); Sultan et al. 1990 mean 0.03.");

    public static final ParameterSpec DIGITAL_IMITATION_PER_YEAR = real(ADOPTION, "digitalImitationPerYear", 0.38, 0.0, 10.0, "per year")
            .source("Sultan et al. 1990",
                    "Bass imitation coefficient q for partner digital content (per year); Sultan et al. 1990 "
                    + "mean 0.38.");

    public static final ParameterSpec DROPOUT_PER_YEAR = real(ADOPTION, "dropoutPerYear", 0.5, 0.0, 52.0, "per year")
            .assumption("",
                    "Rate at which adopters stop consuming a partner medium when its supply stops (per year, "
                    + "scaled by the missing share of supply 1 - s). Assumption to be calibrated.");

    public static final ParameterSpec SATURATION_TITLES = real(ADOPTION, "saturationTitles", 4.0, 0.1, 1000.0, "titles")
            .slider(0.5, 50.0,
                    "on a slider up to 1000 titles the default of 4 and its neighbours could not be picked")
            .assumption("",
                    "Quality-weighted number of partner titles in release in a market at which the supply s "
                    + "of a medium reaches 1 (titles). Assumption to be calibrated.");

    public static final ParameterSpec UNOFFICIAL_AVAILABILITY = real(ADOPTION, "unofficialAvailability", 0.05, 0.0, 1.0, "supply share")
            .assumption("",
                    "Supply of partner content through unofficial channels (VPN, piracy, fan subtitles) that "
                    + "remains while a medium is closed (supply share, 0-1). Assumption to be calibrated.");

    public static final ParameterSpec INITIAL_ADOPTION_SHARE = real(ADOPTION, "initialAdoptionShare", 0.05, 0.0, 1.0, "share")
            .assumption("",
                    "Share of each population already consuming each partner medium at the start, through "
                    + "earlier releases and unofficial channels (share, 0-1). Assumption; a calibrated warm-up "
                    + "replaces it.");

    // ---- Attitude ----

    public static final ParameterSpec MEDIATED_CONTACT_PER_YEAR = real(ATTITUDE, "mediatedContactPerYear", 0.5, 0.0, 10.0, "per year")
            .calibrated("Banas et al. 2020",
                    "Rate eta+ at which consuming partner content moves attitude toward 1 (per year, at all "
                    + "four media adopted): mediated (parasocial) contact lowers prejudice, r = -.23 (Banas et "
                    + "al. 2020). Size calibrated (ODD 5.5).");

    public static final ParameterSpec NEWS_NEGATIVITY_PER_YEAR = real(ATTITUDE, "newsNegativityPerYear", 1.25, 0.0, 10.0, "per year")
            .slider(0.0, 3.0, "the grid of the first fit spans 0.75-1.5; above 3 one event turns a whole public")
            .calibrated("Banas et al. 2020; Pew Global Attitudes",
                    "Rate eta- at which a public's hostile news moves its attitudes (per year, per unit of news "
                    + "pressure, on the logit scale: the shift is eta- H a (1 - a)); friendly news moves them at "
                    + "eta- / 1.35 (negative contact weighs more, r = +.31 vs -.23, Banas et al. 2020). 1.25: "
                    + "a grid fit on Korean views of China 2015-2019 (Pew Global Attitudes; grid over [0.75, 1.5], "
                    + "ODD 7.9); the scenarios' value is the posterior median of the calibration, prior [0.5, 2].");

    public static final ParameterSpec ANCHORING_PER_YEAR = real(ATTITUDE, "anchoringPerYear", 0.1, 0.0, 52.0, "per year")
            .calibrated("Proskurnikov et al. 2017; Pew Global Attitudes",
                    "Rate of pull of each agent's attitude toward its own slowly moving norm (per year): "
                    + "attitudes persist, Friedkin-Johnsen anchoring (Proskurnikov et al. 2017) with a moving "
                    + "anchor. A shock keeps 1/(1 + anchoringPerYear x normAdjustmentYears) of its effect for "
                    + "good. 0.1: a grid fit on Korean views of China 2015-2019 (Pew Global Attitudes; grid over "
                    + "[0.1, 0.4], ODD 7.9); the scenarios' value is the posterior median of the calibration, prior [0, 1].");

    public static final ParameterSpec NORM_ADJUSTMENT_YEARS = real(ATTITUDE, "normAdjustmentYears", 5.0, 0.1, 1000.0, "years")
            .slider(0.1, 50.0, "beyond 50 years the norm no longer moves within any scenario")
            .calibrated("Proskurnikov et al. 2017",
                    "Time constant of each agent's norm following its attitude (years): the norm moves toward "
                    + "the attitude by dt / this each week, the moving anchor of Friedkin-Johnsen anchoring "
                    + "(Proskurnikov et al. 2017). Prior [1, 20], calibrated on 2010-2019 (ODD 5.5).");

    public static final ParameterSpec FILM_NEGATIVE_SHARE = real(ATTITUDE, "filmNegativeShare", 0.05, 0.0, 1.0, "share")
            .source("KOFICE 2024",
                    "Share of partner films' mediated contact that is negative (portrayal or experience that "
                    + "lowers the attitude; share, 0-1). KOFICE 2024 Overseas Hallyu Survey: 3.8% of "
                    + "Korean-content consumers in 26 countries said their view of Korea changed negatively, "
                    + "66.1% positively, so 3.8 / 69.9 = 0.05. Prior [0.02, 0.3].");

    public static final ParameterSpec DRAMA_NEGATIVE_SHARE = real(ATTITUDE, "dramaNegativeShare", 0.05, 0.0, 1.0, "share")
            .source("KOFICE 2024",
                    "Share of partner TV dramas' mediated contact that is negative (share, 0-1). KOFICE 2024 "
                    + "Overseas Hallyu Survey, as for films: 0.05. Prior [0.02, 0.3].");

    public static final ParameterSpec MUSIC_NEGATIVE_SHARE = real(ATTITUDE, "musicNegativeShare", 0.05, 0.0, 1.0, "share")
            .source("KOFICE 2024",
                    "Share of partner music's mediated contact that is negative (share, 0-1). KOFICE 2024 "
                    + "Overseas Hallyu Survey, as for films: 0.05. Prior [0.02, 0.3].");

    public static final ParameterSpec DIGITAL_NEGATIVE_SHARE = real(ATTITUDE, "digitalNegativeShare", 0.05, 0.0, 1.0, "share")
            .source("KOFICE 2024",
                    "Share of partner digital content's (games, webtoons) mediated contact that is negative "
                    + "(share, 0-1). KOFICE 2024 Overseas Hallyu Survey, as for films: 0.05. Prior [0.02, 0.3].");

    public static final ParameterSpec ATTITUDE_ADOPTION_EFFECT = real(ATTITUDE, "attitudeAdoptionEffect", 2.0, 0.0, 20.0, "per attitude unit")
            .slider(0.0, 5.0, "above 5 an agent at either end of the scale all but never or always takes content up")
            .assumption("",
                    "Self-selection and boycott: an agent's weekly probability of taking up a partner medium "
                    + "is multiplied by exp(b (a - 0.5)) and of dropping it by exp(-b (a - 0.5)), a its "
                    + "attitude toward the partner (per attitude unit). Assumption; prior [0, 4], to be "
                    + "calibrated.");

    public static final ParameterSpec CONFIDENCE_BOUND = real(ATTITUDE, "confidenceBound", 0.2, 0.0, 1.0, "attitude units")
            .source("Deffuant et al. 2000; Fortunato 2004",
                    "Bounded-confidence threshold epsilon: a tie's attitude influences only if closer than "
                    + "this (attitude units, 0-1). Consensus above 0.5 (Deffuant et al. 2000; Fortunato 2004).");

    public static final ParameterSpec CONVERGENCE_RATE = real(ATTITUDE, "convergenceRate", 0.3, 0.0, 0.5, "share of the gap")
            .source("Deffuant et al. 2000",
                    "Bounded-confidence convergence mu: share of the attitude gap closed per interaction "
                    + "(0-0.5; Deffuant et al. 2000).");

    public static final ParameterSpec SOCIAL_INTERACTIONS_PER_WEEK = real(ATTITUDE, "socialInteractionsPerWeek", 0.05, 0.0, 1.0, "probability per week")
            .assumption("",
                    "Probability per week that an agent discusses the partner country with one random tie "
                    + "(probability per week). Assumption to be calibrated.");

    // ---- Political climate ----

    public static final ParameterSpec BASELINE_TENSION = real(CLIMATE, "baselineTension", 0.1, 0.0, 1.0, "tension")
            .assumption("",
                    "Political tension between the two countries without shocks (0 = none, 1 = crisis). "
                    + "Shocks add to it and decay by their half-life. Assumption to be calibrated.");

    // ---- Studios and titles ----

    public static final ParameterSpec STUDIOS_PER_COUNTRY = integer(STUDIOS, "studiosPerCountry", 20, 1, 10_000, "studios")
            .slider(1, 200,
                    "every studio plans a slate each quarter, so beyond 200 per country a GUI run slows down; "
                    + "larger industries are for headless runs")
            .shapesPopulation()
            .assumption("",
                    "Studios (producers able to export) per country (studios). Assumption.");

    public static final ParameterSpec TITLES_PER_STUDIO_QUARTER = real(STUDIOS, "titlesPerStudioQuarter", 0.5, 0.0, 100.0, "titles per studio per medium per quarter")
            .slider(0.0, 5.0,
                    "on a slider up to 100 titles the default of 0.5 and its neighbours could not be picked")
            .assumption("",
                    "Mean slate size: titles a studio makes per medium per quarter (Poisson mean; titles per "
                    + "studio per medium per quarter). Assumption.");

    public static final ParameterSpec QUALITY_SIGMA = real(STUDIOS, "qualitySigma", 0.5, 0.0, 5.0, "log-sd")
            .assumption("",
                    "Spread of title quality around the studio's capability (log-sd of a log-normal). "
                    + "Assumption.");

    public static final ParameterSpec REVENUE_TAIL_INDEX = real(STUDIOS, "revenueTailIndex", 2.0, 1.01, 10.0, "Pareto alpha")
            .source("Sinha & Pan 2005; De Vany & Walls 1999",
                    "Pareto tail index alpha of title revenues (dimensionless). Gross earnings alpha ~ 2 "
                    + "(Sinha & Pan 2005); infinite variance (De Vany & Walls 1999).");

    public static final ParameterSpec FOREIGN_REVENUE_SHARE = real(STUDIOS, "foreignRevenueShare", 0.25, 0.0, 1.0, "share")
            .source("chinadaily 2017-02-10; people.cn 2012-02-21",
                    "Share of a partner title's box office that reaches the foreign studio (share). China's "
                    + "revenue-share imports: 25% since 2012 (chinadaily 2017-02-10; people.cn 2012-02-21).");

    public static final ParameterSpec EXPORT_FIXED_COST = real(STUDIOS, "exportFixedCost", 0.05, 0.0, 100.0, "mean title revenues in the destination market")
            .slider(0.0, 2.0,
                    "on a slider up to 100 the default of 0.05 and its neighbours could not be picked")
            .assumption("Melitz 2003",
                    "Fixed cost of exporting one title (censorship, dubbing, marketing), in units of a "
                    + "mean-quality title's expected revenue in the destination market: the Melitz (2003) "
                    + "export cutoff. Assumption to be calibrated.");

    public static final ParameterSpec EXPORT_LEARNING_RATE = real(STUDIOS, "exportLearningRate", 0.2, 0.0, 1.0, "weight per outcome")
            .assumption("model-literature §4",
                    "Weight of each realised export return in the studio's expected return (exponential "
                    + "smoothing; 0-1). Assumption: reinforcement-learning forms are candidates "
                    + "(model-literature §4).");

    public static final ParameterSpec COPRODUCTION_PROPENSITY = real(STUDIOS, "coproductionPropensity", 0.1, 0.0, 1.0, "probability per title")
            .assumption("",
                    "Probability that a slate title is made as a co-production with a partner studio where "
                    + "the stage allows it (probability per title). Assumption to be calibrated.");

    public static final ParameterSpec PLATFORM_PURCHASE_PROBABILITY = real(STUDIOS, "platformPurchaseProbability", 1.0, 0.0, 1.0, "probability per title")
            .assumption("Korea Bizwire 2016-03-25; CMM 2015-01-26",
                    "Probability that a licensed streaming platform in the importing market buys a partner "
                    + "drama or music title its studio offers (probability per title); a title it declines "
                    + "does not reach that market. Platforms bid for Korean dramas (iQiyi, Youku Tudou: Korea "
                    + "Bizwire 2016-03-25; CMM 2015-01-26). 1: in the history the stage quotas count titles "
                    + "that platforms did buy, so the purchase decision is a lever for scenarios. Assumption.");

    public static final ParameterSpec PLATFORM_PRICE_PER_EPISODE_USD = real(STUDIOS, "platformPricePerEpisodeUsd", 4_700.0, 0.0, 10_000_000.0, "US$ per episode")
            .slider(0.0, 300_000.0, "reported prices lie between US$ 5,000 (the average) and 280,000 (the record) an episode")
            .source("SBS via jyjfantalk 2014-01-22; Donga 2014-09-03; CMM 2015-01-26; data/platform_licence_prices.csv",
                    "Mean licence fee a platform of the larger market pays the partner's studio per episode of a "
                    + "drama of mean quality (US$ per episode; times quality, a mean-one Pareto draw as for "
                    + "other revenues, and the importing market's size relative to the larger). The average "
                    + "Korean drama fetched 5 million won (US$ 4,700) an episode in China in January 2014 "
                    + "(SBS via jyjfantalk 2014-01-22), hits far more: US$ 35,000 for You Who Came From the Stars, "
                    + "200,000 for My Lovely Girl (Donga 2014-09-03), 280,000 for Pinocchio (CMM 2015-01-26), "
                    + "250,000 for Descendants of the Sun in 2016 (data/platform_licence_prices.csv). The heavy "
                    + "tail gives the hits; the mean is the 2014 average, prior [4,700, 50,000] since average "
                    + "prices rose in 2014-2016.");

    public static final ParameterSpec EPISODES_PER_DRAMA = integer(STUDIOS, "episodesPerDrama", 16, 1, 200, "episodes")
            .source("Xinhua 2016-03-27",
                    "Episodes of a partner drama licensed to a platform (episodes). Descendants of the Sun ran "
                    + "16 episodes (Xinhua 2016-03-27), the usual length of a Korean miniseries.");

    public static final ParameterSpec REVENUE_UNIT_USD = real(STUDIOS, "revenueUnitUsd", 5_000_000.0, 10_000.0, 1.0e10, "US$ per revenue unit")
            .slider(1_000_000.0, 100_000_000.0, "outside US$ 1-100 million a mean title's revenue is implausible")
            .source("china.org.cn 2017-01-03; CRI 2017-01-02",
                    "US$ worth of one model revenue unit, a mean domestic title in the larger market, used to "
                    + "turn platform licence fees into model revenue (US$ per unit). Derived: China's 2016 box "
                    + "office US$ 6.58 billion, 58.33% from domestic films (china.org.cn 2017-01-03), over 772 "
                    + "films made in China that year (CRI 2017-01-02): about US$ 5 million a domestic film.");

    public static final ParameterSpec JOINT_VENTURE_PROPENSITY = real(STUDIOS, "jointVenturePropensity", 0.05, 0.0, 1.0, "probability per quarter")
            .assumption("Asia Economy 2025-08-28",
                    "Probability per quarter that a studio without a joint venture in the partner market sets "
                    + "one up with a local publisher, where the stage allows co-production of digital titles "
                    + "(probability per quarter). Korean games enter China only through Chinese publishers or "
                    + "joint ventures (Asia Economy 2025-08-28). Assumption.");

    public static final ParameterSpec JOINT_VENTURE_SHARE = real(STUDIOS, "jointVentureShare", 0.5, 0.0, 1.0, "share")
            .assumption("",
                    "Share of a joint-venture game's revenue in the partner market that reaches the foreign "
                    + "partner studio (share; an equal-equity venture). Assumption.");

    // ---- Regulators ----

    public static final ParameterSpec REVIEW_WEEKS = integer(REGULATORS, "reviewWeeks", 8, 0, 520, "weeks")
            .assumption("SARFT 2014 notice",
                    "Regulator review delay before a submitted partner title can be approved (weeks). China "
                    + "requires full-season review of foreign online series (SARFT 2014 notice); length an "
                    + "assumption.");

    public static final ParameterSpec QUEUE_EXPIRY_QUARTERS = integer(REGULATORS, "queueExpiryQuarters", 4, 1, 100, "quarters")
            .assumption("",
                    "Quarters a submitted title waits in the approval queue before its studio withdraws it "
                    + "(quarters). Assumption.");

    public static final ParameterSpec BLOCKING_MIDPOINT = real(REGULATORS, "blockingMidpoint", 0.5, 0.0, 1.0, "tension")
            .assumption("data/events.csv",
                    "Tension at which half the reviewed partner titles are informally blocked (tension, 0-1). "
                    + "The 2016 restrictions were never announced (China denies a ban; data/events.csv), hence "
                    + "informal. Assumption to be calibrated.");

    public static final ParameterSpec BLOCKING_STEEPNESS = real(REGULATORS, "blockingSteepness", 0.08, 0.001, 1.0, "tension")
            .assumption("",
                    "Logistic scale of informal blocking around its midpoint (tension units; smaller is "
                    + "sharper). Assumption.");

    public static final ParameterSpec SCRIPT_APPROVAL_PROBABILITY = real(REGULATORS, "scriptApprovalProbability", 0.8, 0.0, 1.0, "probability per project")
            .assumption("CFCC; SARFT 2004 Stipulation",
                    "Probability that the competent authorities approve a co-production's script "
                    + "(probability per project; both must approve, China-Korea treaty in force 1 Sep 2014; "
                    + "China's script review by CFCC and the Film Bureau, SARFT 2004 Stipulation). A project "
                    + "refused is made as a domestic title. Assumption; prior [0.5, 1].");

    public static final ParameterSpec COPRODUCTION_APPROVAL_WEEKS = integer(REGULATORS, "coproductionApprovalWeeks", 8, 0, 520, "weeks")
            .assumption("CFCC",
                    "Weeks from an approved co-production's home release to its release in the partner "
                    + "market (weeks): review of the finished film against the approved script. CFCC states "
                    + "40 working days for script approval (20 at CFCC, 20 at the Film Bureau), 8 weeks; the "
                    + "same length for the review of the finished film is an assumption.");

    public static final ParameterSpec GAME_LICENCES_PER_YEAR = integer(REGULATORS, "gameLicencesPerYear", 13, 0, 100_000, "licences per year")
            .slider(0, 100, "more than 100 licences a year for one partner's games never happened")
            .source("Yonhap via gamelevelone 2017; Asia Economy 2025-08-28; data/game_licences.csv",
                    "Licences (\"banhao\") a licensing regulator grants the partner's games a calendar year "
                    + "(licences per year), besides the stage's quota for digital titles. China licensed 13 "
                    + "Korean games among 228 imported in 2016 (Yonhap via gamelevelone 2017), none from March "
                    + "2017 to November 2020, then 1, 2, 8, 8 and 11 in 2020-2024 (Asia Economy 2025-08-28; "
                    + "data/game_licences.csv). Applies where the country table "
                    + "marks the regulator as licensing at its discretion (informalBlocking).");

    public static final ParameterSpec GAME_REVIEW_WEEKS = integer(REGULATORS, "gameReviewWeeks", 26, 0, 520, "weeks")
            .assumption("Pocket Gamer 2017",
                    "Review delay of a partner game before its licence, where the regulator licenses games "
                    + "(weeks; elsewhere reviewWeeks applies). Games need approval before launch (SAPPRFT, "
                    + "Pocket Gamer 2017); length an assumption, prior [4, 52].");

    // ---- Travel ----

    public static final ParameterSpec TRIP_RATE_SCALE = real(TRAVEL, "tripRateScale", 1.0, 0.0, 100.0, "multiplier")
            .slider(0.0, 5.0,
                    "on a slider up to 100 the default of 1 and the calibrated value near 0.8 could not be "
                    + "picked")
            .calibrated("",
                    "Multiplier on both countries' baseline trip rates from the country table (multiplier; 1 "
                    + "= as tabled). Calibrated.");

    public static final ParameterSpec ATTITUDE_TRAVEL_EFFECT = real(TRAVEL, "attitudeTravelEffect", 2.0, -20.0, 20.0, "log-hazard per attitude unit")
            .calibrated("Dela Cruz & Lacap 2023",
                    "Effect of attitude toward the destination on the trip hazard (log-hazard per attitude "
                    + "unit, relative to the country's initial mean). Country image mediates travel intention "
                    + "(Dela Cruz & Lacap 2023; TPB attitude term); size an assumption to be calibrated.");

    public static final ParameterSpec FANDOM_TRAVEL_EFFECT = real(TRAVEL, "fandomTravelEffect", 1.0, -20.0, 20.0, "log-hazard per fandom unit")
            .calibrated("KTO survey via KBS World; HRI 2014",
                    "Effect of fandom (share of the four partner media consumed, relative to the initial "
                    + "mean) on the trip hazard (log-hazard per unit). 55.6% of individual visitors cite Korean "
                    + "dramas/films (KTO survey via KBS World); Hallyu exports +1% -> arrivals +0.019% (HRI "
                    + "2014). Assumption to be calibrated.");

    public static final ParameterSpec INCOME_TRAVEL_ELASTICITY = real(TRAVEL, "incomeTravelElasticity", 1.0, 0.0, 5.0, "elasticity")
            .source("Crouch 1995; Tourism Economics 22(3) 2016",
                    "Income elasticity of the trip hazard (elasticity; log income relative to the country "
                    + "median). Most studies > 1, recent estimates < 1 (Crouch 1995; Tourism Economics 22(3) "
                    + "2016): 1 as a middle value.");

    public static final ParameterSpec SOCIAL_TRAVEL_EFFECT = real(TRAVEL, "socialTravelEffect", 1.0, -20.0, 20.0, "log-hazard per share")
            .assumption("Armitage & Conner 2001",
                    "Effect of the share of ties who visited the partner in the last 52 weeks on the trip "
                    + "hazard (log-hazard per share): the subjective norm, generally weak (Armitage & Conner "
                    + "2001). Assumption to be calibrated.");

    public static final ParameterSpec VISA_REQUIRED_FACTOR = real(TRAVEL, "visaRequiredFactor", 0.43, 0.0, 1.0, "multiplier")
            .source("Neumayer 2010",
                    "Trip hazard under a visa requirement relative to visa-free travel (multiplier). A visa "
                    + "requirement reduces travel by 52-63% (Neumayer 2010): 0.43 is the midpoint of 0.37-0.48.");

    public static final ParameterSpec VISA_EASED_FACTOR = real(TRAVEL, "visaEasedFactor", 0.7, 0.0, 1.0, "multiplier")
            .calibrated("",
                    "Trip hazard under eased visa procedures (multiple-entry visas, streamlined issuing) "
                    + "relative to visa-free travel (multiplier). Between the visa-required and visa-free "
                    + "values; assumption to be calibrated.");

    public static final ParameterSpec POLITICAL_RISK_EFFECT = real(TRAVEL, "politicalRiskEffect", 2.0, 0.0, 50.0, "log-hazard per tension unit")
            .calibrated("Eilat & Einav 2004",
                    "Political-risk effect on the trip hazard: exp(-b max(0, T - baseline)) (log-hazard per "
                    + "unit of tension above its baseline). Political risk is 'very important' for tourism "
                    + "(Eilat & Einav 2004); size an assumption to be calibrated.");

    public static final ParameterSpec RISK_PERCEPTION_YEARS = real(TRAVEL, "riskPerceptionYears", 0.5, 0.0, 10.0, "years")
            .calibrated("Neumayer 2004",
                    "Time constant of the political risk travellers act on: it follows tension with an "
                    + "exponential lag (0: at once). Trips are booked ahead and tour operators' contracts run "
                    + "for months; political violence lowers tourist arrivals with lagged effects in a dynamic "
                    + "panel (Neumayer 2004). Size an assumption to be calibrated.");

    public static final ParameterSpec RISK_ADAPTATION_YEARS = real(TRAVEL, "riskAdaptationYears", 1.0, 0.1, 1000.0, "years")
            .calibrated("WTTC & Global Rescue 2019",
                    "Time constant of travellers' adaptation to a political risk: the level of risk they are "
                    + "used to follows the perceived risk with an exponential lag, and only risk above it deters "
                    + "(a very large value: no adaptation, the baseline tension stays the reference). Arrivals "
                    + "recover from crises while their cause lasts: 22.2 months on average after political "
                    + "instability, at least 10, over 90 crises of 2001-2018 (WTTC & Global Rescue 2019, Crisis "
                    + "Readiness); 1 year leaves a sixth of the effect after 22 months. Size to be calibrated.");

    public static final ParameterSpec DISTANCE_DECAY = real(TRAVEL, "distanceDecay", 1.58, 0.0, 10.0, "utility per log km")
            .source("Dropsy, Montet & Poirine 2018",
                    "Distance term of the destination logit (utility per log kilometre, negative sign "
                    + "applied). Doubling distance cuts flows by more than two thirds: beta_D > 1.58 (Dropsy, "
                    + "Montet & Poirine 2018, derived).");

    public static final ParameterSpec FILMING_LOCATION_EFFECT = real(TRAVEL, "filmingLocationEffect", 2.0, 0.0, 50.0, "utility per share")
            .assumption("Riley, Baker & Van Doren 1998; Beeton 2006",
                    "Destination-logit bonus of a city per share of the adopted media's recent partner titles "
                    + "that feature it (utility per share). Film-induced visits +40-50% for 4 years (Riley, "
                    + "Baker & Van Doren 1998, contested: Beeton 2006); Chuncheon foreign visitors +165% after "
                    + "Winter Sonata. Assumption to be calibrated.");

    public static final ParameterSpec FILMING_MEMORY_YEARS = real(TRAVEL, "filmingMemoryYears", 4.0, 0.1, 50.0, "years")
            .source("Riley et al. 1998",
                    "How long a title's filming locations keep attracting its audience (years); at least 4 "
                    + "years (Riley et al. 1998).");

    public static final ParameterSpec TRIP_WEEKS = integer(TRAVEL, "tripWeeks", 1, 1, 52, "weeks")
            .source("KTO surveys",
                    "Length of a trip (weeks; trips are counted as arrivals in their departure week). Chinese "
                    + "visitors to Korea stay about 4-7 nights (KTO surveys): one week.");

    public static final ParameterSpec SATISFACTION_MEAN = real(TRAVEL, "satisfactionMean", 0.7, 0.0, 1.0, "0-1")
            .assumption("visitor surveys",
                    "Mean satisfaction with a trip (0-1; a trip's draw is normal around it, clipped). Visitor "
                    + "surveys report about 4 on a 5-point scale; assumption.");

    public static final ParameterSpec SATISFACTION_SD = real(TRAVEL, "satisfactionSd", 0.15, 0.0, 1.0, "0-1")
            .assumption("",
                    "Standard deviation of trip satisfaction (0-1). Assumption.");

    public static final ParameterSpec DIRECT_CONTACT_WEIGHT = real(TRAVEL, "directContactWeight", 0.2, 0.0, 1.0, "share of the gap")
            .assumption("Pettigrew & Tropp 2006",
                    "On return, the traveller's attitude moves this share of the way to the trip's "
                    + "satisfaction (share of the gap): direct intergroup contact, r = -.215 with prejudice "
                    + "(Pettigrew & Tropp 2006). Assumption to be calibrated.");

    public static final ParameterSpec WORD_OF_MOUTH_WEIGHT = real(TRAVEL, "wordOfMouthWeight", 0.02, 0.0, 1.0, "share of the gap")
            .assumption("",
                    "On return, each domestic tie's attitude moves this share of the way to the trip's "
                    + "satisfaction (share of the gap): word of mouth. Assumption to be calibrated.");

    public static final ParameterSpec TRAVELLER_PERSONS = real(TRAVEL, "travellerPersons", 25.0, 1.0, 1.0e12, "persons")
            .setting("Persons per sampled traveller (persons): each agent's persons are split into "
                    + "ceil(weight / travellerPersons) traveller units that leave independently with the agent's "
                    + "trip probability, so sampled arrivals rest on many light travellers rather than a few "
                    + "heavy agents (importance sampling; Kish 1965, Lohr 2010). The agent itself is the first "
                    + "unit; totals are unchanged in expectation. A value at or above an agent's weight gives "
                    + "one unit per agent.");

    public static final ParameterSpec FESTIVAL_CATCHMENT_KM = real(TRAVEL, "festivalCatchmentKm", 300.0, 0.0, 5000.0, "km")
            .assumption("",
                    "A festival's audience is drawn from the host country's agents whose home city lies within "
                    + "this distance of the venue (km): about two hours by high-speed rail, a day trip. "
                    + "Assumption; prior [100, 600].");

    public static final ParameterSpec FESTIVAL_PRESS_WEIGHT = real(TRAVEL, "festivalPressWeight", 0.02, 0.0, 1.0, "share of the gap")
            .assumption("Banas et al. 2020; Pettigrew & Tropp 2006",
                    "Press coverage of a festival as mediated contact: each person it reaches moves this share "
                    + "of the way to the mean trip satisfaction (share of the gap). Positive mediated contact "
                    + "relates to prejudice about as strongly as direct contact (r = -.23, Banas et al. 2020; "
                    + "r = -.215, Pettigrew & Tropp 2006), but one report is one exposure against an attendee's "
                    + "whole visit: a tenth of directContactWeight. Assumption; prior [0, 0.05].");

    // ---- Soft-power index ----

    public static final ParameterSpec SOFT_POWER_FAVOURABLE_WEIGHT = real(SOFT_POWER, "softPowerFavourableWeight", 1.0 / 3, 0.0, 1.0, "weight")
            .assumption("",
                    "Weight of survey favourability (share of the partner's people favourable, Pew reading) in "
                    + "the soft-power index (0-1). Equal weights: assumption.");

    public static final ParameterSpec SOFT_POWER_CONTENT_WEIGHT = real(SOFT_POWER, "softPowerContentWeight", 1.0 / 3, 0.0, 1.0, "weight")
            .assumption("",
                    "Weight of the country's share of the content consumed in the partner's market (gross of "
                    + "released titles over the last 12 months, both countries' titles) in the soft-power index "
                    + "(0-1). Equal weights: assumption.");

    public static final ParameterSpec SOFT_POWER_VISITOR_WEIGHT = real(SOFT_POWER, "softPowerVisitorWeight", 1.0 / 3, 0.0, 1.0, "weight")
            .assumption("",
                    "Weight of visitors from the partner per 1,000 of the country's residents (last 12 months, "
                    + "over softPowerVisitorReference, at most 1) in the soft-power index (0-1). Equal weights: "
                    + "assumption.");

    public static final ParameterSpec SOFT_POWER_VISITOR_REFERENCE = real(SOFT_POWER, "softPowerVisitorReference", 100.0, 1.0, 1000.0, "visitors per 1,000")
            .assumption("",
                    "Visitors from the partner per 1,000 of the host country's residents a year at which the "
                    + "visitor component of the soft-power index reaches 1 (visitors per 1,000). Assumption: "
                    + "100, about Chinese arrivals in Korea per 1,000 Koreans in 2013-2014 (4.33 and 6.13 "
                    + "million over 50.2 and 50.4 million, data/arrivals_2010_2016.csv).");

    private static final List<ParameterSpec> ALL = List.copyOf(DECLARED);
    private static final Map<String, ParameterSpec> BY_NAME = byName();
    private static final List<String> POPULATION_SHAPING =
            ALL.stream().filter(ParameterSpec::populationShaping).map(ParameterSpec::name).toList();
    private static final double[] DEFAULTS = ALL.stream().mapToDouble(ParameterSpec::defaultValue).toArray();

    private ParameterCatalogue() {
    }

    /** Every parameter, in declaration order (which is {@link ParameterSpec#index()} order). */
    public static List<ParameterSpec> all() {
        return ALL;
    }

    /** The parameter of this name, or null if there is none. */
    public static ParameterSpec byName(String name) {
        return BY_NAME.get(name);
    }

    /**
     * Names of the parameters that shape the population a run builds (agents, their ties, the
     * studios): a policy arm forked from a built population must keep their values.
     */
    public static List<String> populationShaping() {
        return POPULATION_SHAPING;
    }

    /** The default of every parameter as stored, indexed by {@link ParameterSpec#index()}; a fresh copy. */
    public static double[] defaults() {
        return DEFAULTS.clone();
    }

    private static Map<String, ParameterSpec> byName() {
        Map<String, ParameterSpec> m = new LinkedHashMap<>();
        for (ParameterSpec s : ALL) {
            if (m.put(s.name(), s) != null) throw new IllegalStateException("parameter " + s.name() + " is declared twice");
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    // ------------------------------------------------------------------ declaring

    private static Builder integer(Section section, String name, int defaultValue, int min, int max, String unit) {
        return new Builder(section, name, ParameterSpec.Kind.INTEGER, defaultValue, min, max, unit, List.of());
    }

    private static Builder real(Section section, String name, double defaultValue, double min, double max, String unit) {
        return new Builder(section, name, ParameterSpec.Kind.REAL, defaultValue, min, max, unit, List.of());
    }

    private static Builder choice(Section section, String name, String defaultValue, String... choices) {
        int index = Arrays.asList(choices).indexOf(defaultValue);
        if (index < 0) throw new IllegalStateException(name + ": default " + defaultValue + " is not a choice");
        return new Builder(section, name, ParameterSpec.Kind.CHOICE, index, 0, choices.length - 1, "", List.of(choices));
    }

    /** Collects one declaration; its last call (the basis and description) appends the spec. */
    private static final class Builder {
        private final Section section;
        private final String name;
        private final ParameterSpec.Kind kind;
        private final double defaultValue;
        private final double min;
        private final double max;
        private final String unit;
        private final List<String> choices;
        private double sliderMin;
        private double sliderMax;
        private String sliderReason;
        private boolean populationShaping;

        Builder(Section section, String name, ParameterSpec.Kind kind, double defaultValue, double min, double max,
                String unit, List<String> choices) {
            this.section = section;
            this.name = name;
            this.kind = kind;
            this.defaultValue = defaultValue;
            this.min = min;
            this.max = max;
            this.unit = unit;
            this.choices = choices;
            this.sliderMin = min;
            this.sliderMax = max;
        }

        /** A slider narrower than the valid range, and why. */
        Builder slider(double lo, double hi, String reason) {
            sliderMin = lo;
            sliderMax = hi;
            sliderReason = reason;
            return this;
        }

        Builder shapesPopulation() {
            populationShaping = true;
            return this;
        }

        ParameterSpec source(String citations, String description) {
            return declare(Basis.SOURCE, citations, description);
        }

        ParameterSpec assumption(String citations, String description) {
            return declare(Basis.ASSUMPTION, citations, description);
        }

        ParameterSpec calibrated(String citations, String description) {
            return declare(Basis.CALIBRATED, citations, description);
        }

        ParameterSpec setting(String description) {
            return declare(Basis.SETTING, "", description);
        }

        private ParameterSpec declare(Basis basis, String citations, String description) {
            ParameterSpec spec = new ParameterSpec(DECLARED.size(), name, kind, section, defaultValue, unit, min, max,
                    sliderMin, sliderMax, sliderReason, choices, basis, citations, description, populationShaping);
            spec.encode(spec.defaultTyped());
            DECLARED.add(spec);
            return spec;
        }
    }
}
