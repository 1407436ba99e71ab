package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Records how each input line was read, plus warnings and ignored lines, so the parser can prove at
 * the end that no line was dropped silently.
 */
final class ParseLog {

    static final String UNREAD_LINE = "not read by the parser";

    private final List<String> lines;
    private final LineRole[] roles;
    private final List<ParseWarning> warnings = new ArrayList<>();
    private final List<IgnoredLine> ignored = new ArrayList<>();

    ParseLog(List<String> lines) {
        this.lines = lines;
        this.roles = new LineRole[lines.size()];
    }

    /** @param line 1-based */
    void role(int line, LineRole role) {
        roles[line - 1] = role;
    }

    void ignore(int line, String reason) {
        ignorePart(line, lines.get(line - 1), reason);
        role(line, LineRole.IGNORED);
    }

    /** Lists text that is not used although the rest of its line is. */
    void ignorePart(int line, String text, String reason) {
        ignored.add(new IgnoredLine(line, text, reason));
    }

    void warn(int line, String message) {
        warnings.add(new ParseWarning(line, message));
    }

    boolean isBlank(int line) {
        return lines.get(line - 1).isBlank();
    }

    /**
     * Lists the lines that no rule claimed as ignored, with a warning: a bug in the parser must never
     * make a line disappear. Call once, when reading is done.
     */
    void ignoreUnclaimedLines() {
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == null) {
                ignore(i + 1, UNREAD_LINE);
                warn(i + 1, "Line " + (i + 1) + " was not recognized; it is listed as ignored.");
            }
        }
    }

    List<SourceLine> sourceLines() {
        List<SourceLine> result = new ArrayList<>(roles.length);
        for (int i = 0; i < roles.length; i++) {
            result.add(new SourceLine(i + 1, roles[i]));
        }
        return result;
    }

    List<ParseWarning> warnings() {
        List<ParseWarning> sorted = new ArrayList<>(warnings);
        sorted.sort(Comparator.comparingInt(ParseWarning::line));
        return sorted;
    }

    List<IgnoredLine> ignored() {
        List<IgnoredLine> sorted = new ArrayList<>(ignored);
        sorted.sort(Comparator.comparingInt(IgnoredLine::line));
        return sorted;
    }
}
