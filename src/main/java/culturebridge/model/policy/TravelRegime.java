package culturebridge.model.policy;

import java.time.LocalDate;

/**
 * A dated change of the travel regime in one direction (from one country's people into the
 * other): the visa rule for individual travellers, the visa rule for group tourists, and
 * whether group tours may be sold. Fields left null keep their previous value. Examples:
 * China's group-tour ban on Korea from 15 March 2017; Korea's visa waiver for Chinese groups
 * from 29 September 2025; China's visa-free entry for Koreans from 8 November 2024
 * (data/events.csv).
 *
 * @param name       display name
 * @param date       from when it applies
 * @param from       index of the travellers' country
 * @param visa       visa rule for individual travellers (null: unchanged)
 * @param groupVisa  visa rule for group tourists (null: unchanged)
 * @param groupTours share of the group-tour channel open: 1 allowed, 0 banned, in between a
 *                   partial lift such as November 2017's (Beijing and Shandong only); null: unchanged
 */
public record TravelRegime(String name, LocalDate date, int from, Visa visa, Visa groupVisa, Double groupTours)
        implements java.io.Serializable {
}
