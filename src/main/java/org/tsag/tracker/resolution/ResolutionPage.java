package org.tsag.tracker.resolution;

import java.util.List;

/** A resolution as its page shows it: one revision in full, and the others to switch to. */
public record ResolutionPage(
        String number,
        String title,
        Revision revision,
        List<RevisionOption> revisions) {

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
            String lineageLabel) {
    }
}
