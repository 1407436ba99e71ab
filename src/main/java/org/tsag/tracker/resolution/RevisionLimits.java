package org.tsag.tracker.resolution;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything an import must satisfy, checked before anything is written so that a refusal names the
 * section or clause (and so the input line) rather than surfacing as a database error: a number,
 * place, title and sections; headings, kinds and labels; years and lengths within the columns'
 * bounds; no NUL character anywhere.
 */
public final class RevisionLimits {

    static final int MIN_YEAR = 1950;
    static final int MAX_YEAR = 2200;

    private RevisionLimits() {
    }

    /** @throws ImportRejectedException naming the section and clause at fault */
    public static void check(RevisionImport revision) {
        if (revision.number() == null || revision.number().isBlank()) {
            throw new ImportRejectedException("The resolution has no number.", -1, -1);
        }
        if (revision.place() == null || revision.place().isBlank()) {
            throw new ImportRejectedException("The revision has no place.", -1, -1);
        }
        if (revision.title() == null || revision.title().isBlank()) {
            throw new ImportRejectedException("The resolution has no title.", -1, -1);
        }
        if (revision.year() < MIN_YEAR || revision.year() > MAX_YEAR) {
            throw new ImportRejectedException("The revision year %d is not between %d and %d."
                    .formatted(revision.year(), MIN_YEAR, MAX_YEAR), -1, -1);
        }
        if (revision.previousYear() != null && (revision.previousYear() < MIN_YEAR || revision.previousYear() > MAX_YEAR)) {
            throw new ImportRejectedException("The previous revision's year %d is not between %d and %d."
                    .formatted(revision.previousYear(), MIN_YEAR, MAX_YEAR), -1, -1);
        }
        length(revision.number(), 20, "The resolution number", -1, -1);
        length(revision.place(), 100, "The place", -1, -1);
        length(revision.title(), 500, "The title", -1, -1);
        length(revision.history(), 500, "The history line", -1, -1);
        length(revision.assemblyLine(), 500, "The assembly line", -1, -1);
        length(revision.source(), 500, "The source", -1, -1);
        noNul(revision.fullText(), "The text", -1, -1);
        if (revision.sections().isEmpty()) {
            throw new ImportRejectedException("The text has no sections.", -1, -1);
        }
        AddresseeEntities.check(revision.newEntities());
        for (int s = 0; s < revision.sections().size(); s++) {
            checkSection(revision.sections().get(s), s);
        }
    }

    private static void checkSection(RevisionImport.SectionImport section, int s) {
        if (section.heading() == null || section.heading().isBlank()) {
            throw new ImportRejectedException("A section has no heading.", s, -1);
        }
        if (!"PREAMBLE".equals(section.kind()) && !"OPERATIVE".equals(section.kind())) {
            throw new ImportRejectedException("Section '%s' is neither preamble nor operative."
                    .formatted(section.heading()), s, -1);
        }
        length(section.heading(), 500, "The heading", s, -1);
        length(section.previousHeading(), 500, "The previous heading", s, -1);
        length(section.addressee(), 500, "The addressee", s, -1);
        Set<String> labels = new HashSet<>();
        for (int c = 0; c < section.clauses().size(); c++) {
            RevisionImport.ClauseImport clause = section.clauses().get(c);
            noNul(clause.text(), "The clause text", s, c);
            notes(clause.subItems(), s, c);
            notes(clause.footnotes(), s, c);
            if (clause.label() == null) {
                if (!"DELETED".equals(clause.change())) {
                    throw new ImportRejectedException("A clause of section '%s' has no label."
                            .formatted(section.heading()), s, c);
                }
                continue;
            }
            if (clause.label().length() > 10 || clause.previousLabel() != null && clause.previousLabel().length() > 10) {
                throw new ImportRejectedException("Label '%s' in section '%s' is longer than 10 characters."
                        .formatted(clause.label(), section.heading()), s, c);
            }
            if (!clause.label().isEmpty() && !labels.add(clause.label())) {
                throw new ImportRejectedException("Label '%s' is used twice in section '%s'."
                        .formatted(clause.label(), section.heading()), s, c);
            }
        }
    }

    private static void notes(List<String> notes, int s, int c) {
        if (notes != null) {
            notes.forEach(note -> noNul(note, "A sub-item or footnote", s, c));
        }
    }

    private static void length(String value, int max, String what, int s, int c) {
        noNul(value, what, s, c);
        if (value != null && value.length() > max) {
            throw new ImportRejectedException("%s is %d characters long; at most %d are stored."
                    .formatted(what, value.length(), max), s, c);
        }
    }

    private static void noNul(String value, String what, int s, int c) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new ImportRejectedException(what + " holds a NUL character, which cannot be stored.", s, c);
        }
    }
}
