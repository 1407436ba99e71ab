package org.tsag.tracker.resolution;

/** Evidence behind a clause report: kind TD, CONTRIBUTION, COMMUNIQUE, REPORT, URL or OTHER. */
public record ClauseEvidence(String kind, String reference, String url) {
}
