package culturebridge.model.content;

/** Where a title stands in one market's release and approval pipeline. */
public enum MarketStatus {
    /** Not offered to this market. */
    NOT_SUBMITTED,
    /** Waiting in the regulator's queue (review delay, or the quarter's quota is used up). */
    PENDING,
    /** Released (approved, or domestic, or a co-production counted as domestic). */
    RELEASED,
    /** Refused informally by the regulator (blocking rises with political tension). */
    BLOCKED,
    /** Withdrawn by its studio after waiting too long in the queue. */
    EXPIRED,
    /** Offered to the market's licensed streaming platforms, which did not buy it. */
    DECLINED
}
