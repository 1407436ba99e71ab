package org.tsag.tracker.resolution.parse;

import java.util.List;

/**
 * Footnotes as Word's text export writes them, "[1: 1\tThe footnote.]", possibly running over several
 * lines: each goes to the clause whose text carries its marker, else to the nearest clause.
 */
final class WordFootnotes {

    private final ParseLog log;
    private final List<DraftSection> sections;
    private Footnote openFootnote;
    private int openFootnoteLine;
    private DraftClause openFootnoteOwner;

    WordFootnotes(ParseLog log, List<DraftSection> sections) {
        this.log = log;
        this.sections = sections;
    }

    boolean isOpen() {
        return openFootnote != null;
    }

    void attach(int line, CleanLine clean, DraftClause nearest) {
        for (Footnote footnote : clean.footnotes()) {
            DraftClause owner = owner(footnote.number(), nearest);
            if (owner == null) {
                log.ignorePart(line, footnote.text(), "footnote outside any clause");
            } else {
                owner.addFootnote(footnote.text());
            }
        }
        if (clean.openFootnote() != null) {
            openFootnote = clean.openFootnote();
            openFootnoteLine = line;
            openFootnoteOwner = owner(openFootnote.number(), nearest);
        }
    }

    void ignore(int line, CleanLine clean, String reason) {
        for (Footnote footnote : clean.footnotes()) {
            log.ignorePart(line, footnote.text(), reason);
        }
        if (clean.openFootnote() != null) {
            openFootnote = clean.openFootnote();
            openFootnoteLine = line;
            openFootnoteOwner = null;
        }
    }

    void continueFootnote(int line, String raw) {
        log.role(line, LineRole.FOOTNOTE);
        int end = WordResidue.footnoteEnd(raw);
        if (end < 0) {
            openFootnote = openFootnote.append(raw);
            return;
        }
        openFootnote = openFootnote.append(raw.substring(0, end));
        close(line);
        String rest = raw.substring(end + 1);
        if (!rest.isBlank()) {
            log.ignorePart(line, rest.strip(), "text after the end of a footnote");
        }
    }

    void closeAtEnd() {
        if (openFootnote != null) {
            log.warn(openFootnoteLine, "Line %d: the footnote text that starts here is not closed with \"]\"; it runs to the end of the text."
                    .formatted(openFootnoteLine));
            close(openFootnoteLine);
        }
    }

    private void close(int line) {
        if (openFootnoteOwner == null) {
            log.ignorePart(line, openFootnote.text(), "footnote outside any clause");
        } else {
            openFootnoteOwner.addFootnote(openFootnote.text());
        }
        openFootnote = null;
        openFootnoteOwner = null;
    }

    /** The clause whose text carries the footnote's marker, else the nearest clause. */
    private DraftClause owner(int footnote, DraftClause nearest) {
        for (int s = sections.size() - 1; s >= 0; s--) {
            List<DraftClause> clauses = sections.get(s).clauses();
            for (int c = clauses.size() - 1; c >= 0; c--) {
                if (clauses.get(c).references(footnote)) {
                    return clauses.get(c);
                }
            }
        }
        return nearest;
    }
}
