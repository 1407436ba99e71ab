package org.tsag.tracker.resolution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tsag.tracker.status.DerivedStatus;

/**
 * A revision's operative clauses counted by status for the resolution list: the latest report on
 * the clause in the current study period, or else the status derived from its linked items
 * (counted as derived), or else "no report".
 */
final class ImplementationCounts {

    private ImplementationCounts() {
    }

    static List<ResolutionSummary.StatusCount> of(List<ClauseStatusQuery.LatestStatus> latest,
                                                  Map<Long, List<String>> linked, Map<String, String> statusNames) {
        Map<String, ResolutionSummary.StatusCount> counts = new LinkedHashMap<>();
        for (ClauseStatusQuery.LatestStatus status : latest) {
            String code = status.status();
            String name = status.statusName();
            int derived = 0;
            if (code == null) {
                Optional<String> fromItems = DerivedStatus.of(linked.getOrDefault(status.clauseId(), List.of()));
                if (fromItems.isPresent()) {
                    code = fromItems.get();
                    name = statusNames.getOrDefault(code, code);
                    derived = 1;
                }
            }
            counts.merge(String.valueOf(code), new ResolutionSummary.StatusCount(code, name, 1, derived),
                    (a, b) -> new ResolutionSummary.StatusCount(a.status(), a.statusName(), a.count() + 1,
                            a.derived() + b.derived()));
        }
        return List.copyOf(counts.values());
    }
}
