package org.tsag.tracker.resolution;

import java.util.List;
import java.util.Map;

/**
 * A resolution as its page shows it: one revision in full, and the others to switch to.
 *
 * @param implementation per clause id of the shown revision, its status reports in every study
 *                       period, including those on the clauses it continues, oldest first
 */
public record ResolutionPage(
        String number,
        String title,
        Revision revision,
        List<RevisionOption> revisions,
        Map<Long, List<ClauseEvent>> implementation) {

    public ResolutionPage {
        implementation = Map.copyOf(implementation);
    }

    public List<ClauseEvent> eventsOf(long clauseId) {
        return implementation.getOrDefault(clauseId, List.of());
    }

    /** An action item that implements a clause; status null when nothing was reported yet. */
    public record LinkedItem(String planCode, String code, String title, String status, String statusName,
                             boolean sample) {
    }

    public record RevisionOption(long id, String place, int year, boolean inForce) {
    }

    public record Revision(
            long id,
            String title,
            String place,
            int year,
            String history,
            String assemblyLine,
            boolean inForce,
            String source,
            List<Section> sections) {

        public long operativeClauseCount() {
            return sections.stream()
                    .filter(Section::operative)
                    .flatMap(s -> s.clauses().stream())
                    .filter(c -> c.label() != null)
                    .count();
        }
    }

    public record Section(
            long id,
            int position,
            String heading,
            String previousHeading,
            String kind,
            String addressee,
            List<String> addresseeEntities,
            List<Clause> clauses) {

        public boolean operative() {
            return "OPERATIVE".equals(kind);
        }
    }

    public record Clause(
            long id,
            int position,
            String label,
            String previousLabel,
            String change,
            String text,
            List<String> subItems,
            List<String> footnotes,
            String lineageLabel,
            List<LinkedItem> items) {
    }
}
