package org.tsag.tracker.resolution;

import java.util.List;

/**
 * A revision of a resolution, ready to be stored in one transaction.
 *
 * @param previousPlace place of the revision this one revises; null to take the latest earlier one
 */
public record RevisionImport(
        String number,
        String title,
        String place,
        int year,
        String history,
        String assemblyLine,
        String previousPlace,
        Integer previousYear,
        String source,
        String fullText,
        boolean inForce,
        List<SectionImport> sections) {

    public record SectionImport(
            String heading,
            String previousHeading,
            String kind,
            String addressee,
            List<ClauseImport> clauses) {
    }

    /**
     * @param label   null only for a clause that exists only in the previous revision
     * @param lineage a person's choice of the previous revision's clause this one continues; null
     *                to let the import infer it from the labels and headings
     */
    public record ClauseImport(
            String label,
            String previousLabel,
            String change,
            String text,
            List<String> subItems,
            List<String> footnotes,
            Lineage lineage) {

        public ClauseImport(String label, String previousLabel, String change, String text,
                            List<String> subItems, List<String> footnotes) {
            this(label, previousLabel, change, text, subItems, footnotes, null);
        }
    }

    /** An explicit lineage link: {@code clauseId} null means "continues no clause". */
    public record Lineage(Long clauseId) {
    }
}
