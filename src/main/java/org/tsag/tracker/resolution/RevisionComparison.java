package org.tsag.tracker.resolution;

import java.util.List;

/** Two revisions of a resolution compared clause by clause, following lineage. */
public record RevisionComparison(
        String number,
        Side from,
        Side to,
        List<ClauseDiff> clauses) {

    public RevisionComparison {
        clauses = List.copyOf(clauses);
    }

    public record Side(String place, int year) {
    }

    /** How a clause of {@code to} relates to one of {@code from}. */
    public enum Change { ADDED, DELETED, RELABELLED, CHANGED, UNCHANGED }

    /**
     * @param section       the heading of the section in {@code to} (in {@code from} for a deleted clause)
     * @param prefix        how citations abbreviate the section: the addressee's code for an
     *                      operative section ("TSB"), else the heading
     * @param label         the label in {@code to}; null for a deleted clause
     * @param previousLabel the label in {@code from}; null for an added clause
     * @param relabelled    the label differs
     * @param changed       the words differ
     * @param words         the text as word-level differences, in reading order
     */
    public record ClauseDiff(
            String section,
            String prefix,
            Change change,
            String label,
            String previousLabel,
            boolean relabelled,
            boolean changed,
            List<Words> words) {

        public ClauseDiff {
            words = List.copyOf(words);
        }
    }

    public enum WordChange { EQUAL, INSERTED, DELETED }

    public record Words(WordChange change, String text) {
    }
}
