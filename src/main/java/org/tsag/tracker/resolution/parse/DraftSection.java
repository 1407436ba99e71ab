package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.List;

/** A section while its lines are being read. */
final class DraftSection {

    private Heading heading;
    private final String previousHeading;
    private final int line;
    private final List<DraftClause> clauses = new ArrayList<>();
    private LabelStyle style;

    DraftSection(Heading heading, String previousHeading, int line) {
        this.heading = heading;
        this.previousHeading = previousHeading;
        this.line = line;
    }

    Heading heading() {
        return heading;
    }

    /** A heading wrapped onto the next line: the words are added to its text (and its addressee). */
    void extendHeading(String more) {
        String addressee = heading.addressee() == null ? null : heading.addressee() + " " + more;
        heading = new Heading(heading.text() + " " + more, heading.kind(), addressee, heading.known());
    }

    String previousHeading() {
        return previousHeading;
    }

    int line() {
        return line;
    }

    List<DraftClause> clauses() {
        return clauses;
    }

    DraftClause lastClause() {
        return clauses.isEmpty() ? null : clauses.get(clauses.size() - 1);
    }

    /** The label style of the section's items, set by its first label; other styles are sub-items. */
    LabelStyle style() {
        return style;
    }

    void setStyle(LabelStyle style) {
        this.style = style;
    }
}
