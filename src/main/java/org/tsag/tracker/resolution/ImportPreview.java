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
 * @param unknownAddressees addressees that no entity goes by, for a person to create or leave as text
 */
public record ImportPreview(
        boolean duplicate,
        String previousRevision,
        List<LineageOption> options,
        List<List<Long>> inferred,
        List<UnknownAddressee> unknownAddressees) {

    public ImportPreview(boolean duplicate, String previousRevision, List<LineageOption> options, List<List<Long>> inferred) {
        this(duplicate, previousRevision, options, inferred, List.of());
    }

    public ImportPreview {
        unknownAddressees = List.copyOf(unknownAddressees);
        options = List.copyOf(options);
        List<List<Long>> copy = new ArrayList<>();
        inferred.forEach(section -> copy.add(Collections.unmodifiableList(new ArrayList<>(section))));
        inferred = Collections.unmodifiableList(copy);
    }

    /**
     * A party named by a section's addressee that no entity's code, name or alias matches.
     *
     * @param section      0-based section of the import
     * @param name         as written, e.g. "the next plenipotentiary conference"
     * @param suggestedCode an unused entity code derived from the name
     */
    public record UnknownAddressee(int section, String name, String suggestedCode) {
    }

    /** A clause of the previous revision: "resolves to instruct the Director of TSB, 5". */
    public record LineageOption(long clauseId, String section, String label) {
    }
}
