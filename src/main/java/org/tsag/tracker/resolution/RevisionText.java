package org.tsag.tracker.resolution;

import java.util.Map;

/**
 * The text of a revision in the language a resolution page shows it in: the reader's language where a translation
 * exists, else the language it was imported in. Sections and clauses without a translation keep the imported text.
 *
 * @param shown      the language shown (a BCP 47 tag: "ar", "zh", "en", "fr", "ru", "es")
 * @param imported   the language the revision was imported in
 * @param title      the revision's title in the language shown
 * @param headings   translated section headings by section id (empty when the imported text is shown)
 * @param clauses    translated clause texts by clause id (empty when the imported text is shown)
 */
public record RevisionText(String shown, String imported, String title, Map<Long, String> headings,
                           Map<Long, String> clauses) {

    public RevisionText {
        headings = Map.copyOf(headings);
        clauses = Map.copyOf(clauses);
    }

    /** Whether the text shown is a translation rather than the imported text. */
    public boolean translated() {
        return !shown.equals(imported);
    }

    public String heading(long sectionId, String importedHeading) {
        return headings.getOrDefault(sectionId, importedHeading);
    }

    public String clause(long clauseId, String importedText) {
        return clauses.getOrDefault(clauseId, importedText);
    }
}
