package org.tsag.tracker.resolution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What importing a revision would do, before anything is written.
 *
 * @param duplicate        the revision is already stored
 * @param previousRevision "Hammamet, 2016", the stored revision this one continues; null if none
 * @param options          the clauses of that revision that a clause may continue
 * @param inferred         per section and clause (in import order), the id of the clause the
 *                         import would link it to by itself; null entries for none
 */
public record ImportPreview(
        boolean duplicate,
        String previousRevision,
        List<LineageOption> options,
        List<List<Long>> inferred) {

    public ImportPreview {
        options = List.copyOf(options);
        List<List<Long>> copy = new ArrayList<>();
        inferred.forEach(section -> copy.add(Collections.unmodifiableList(new ArrayList<>(section))));
        inferred = Collections.unmodifiableList(copy);
    }

    /** A clause of the previous revision: "resolves to instruct the Director of TSB, 5". */
    public record LineageOption(long clauseId, String section, String label) {
    }
}
