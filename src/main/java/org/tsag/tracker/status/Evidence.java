package org.tsag.tracker.status;

import java.util.List;

/**
 * A typed evidence reference: kind TD ("TSAG TD 415"), CONTRIBUTION, COMMUNIQUE, REPORT, URL or
 * OTHER; {@code url} is set for links.
 */
public record Evidence(String kind, String reference, String url) {

    /** The kinds the database accepts (evidence_kind_ck), in the order forms offer them. */
    public static final List<String> KINDS = List.of("TD", "CONTRIBUTION", "COMMUNIQUE", "REPORT", "URL", "OTHER");
}
