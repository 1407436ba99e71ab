package org.tsag.tracker.resolution;

import java.util.List;

/**
 * A revision of a resolution, ready to be stored in one transaction.
 *
 * @param previousPlace place of the revision this one revises; null to take the latest earlier one
 * @param newEntities   addressees that a person chose to create as entities on import
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
        List<SectionImport> sections,
        List<NewEntity> newEntities) {

    public RevisionImport {
        newEntities = newEntities == null ? List.of() : List.copyOf(newEntities);
    }

    public RevisionImport(String number, String title, String place, int year, String history, String assemblyLine,
                          String previousPlace, Integer previousYear, String source, String fullText, boolean inForce,
                          List<SectionImport> sections) {
        this(number, title, place, year, history, assemblyLine, previousPlace, previousYear, source, fullText, inForce,
                sections, List.of());
    }

    /**
     * @param addressees the parties the addressee names, each matched to an entity on import; empty to
     *                   match the whole addressee text instead
     */
    public record SectionImport(
            String heading,
            String previousHeading,
            String kind,
            String addressee,
            List<ClauseImport> clauses,
            List<String> addressees) {

        public SectionImport {
            addressees = addressees == null ? List.of() : List.copyOf(addressees);
        }

        public SectionImport(String heading, String previousHeading, String kind, String addressee,
                             List<ClauseImport> clauses) {
            this(heading, previousHeading, kind, addressee, clauses, List.of());
        }
    }

    /**
     * An addressee no entity goes by yet, to be created with the addressee text as its alias.
     *
     * @param kind one of BUREAU, OFFICIAL, GROUP, MEMBERSHIP, BODY, REGION
     */
    public record NewEntity(String code, String name, String kind) {
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
