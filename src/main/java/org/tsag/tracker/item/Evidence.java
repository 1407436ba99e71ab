package org.tsag.tracker.item;

/**
 * A typed evidence reference: kind TD ("TSAG TD 415"), CONTRIBUTION, COMMUNIQUE, REPORT, URL or
 * OTHER; {@code url} is set for links.
 */
public record Evidence(String kind, String reference, String url) {
}
