package org.tsag.tracker.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the detailed "Items" sheet, in their order. Headers are part of the file format
 * (an import finds its columns by header), so they are fixed English text, not translations.
 * {@link Use#INFO} columns are written for the reader and ignored on import; {@link Use#NEW_ONLY}
 * columns are read for new items and must not change on existing ones; {@link Use#LOCK} columns
 * tell which state of the item the sheet was exported from.
 */
public enum Column {
    PLAN("Plan", 10, Use.KEY),
    CODE("Code", 10, Use.KEY),
    PARENT("Parent", 10, Use.NEW_ONLY),
    TITLE("Title", 45, Use.EDIT),
    DESCRIPTION("Description", 60, Use.EDIT),
    CLAUSES("Clauses", 14, Use.INFO),
    CLAUSE_TEXT("Clause text", 60, Use.INFO),
    RESPONSIBLE("Responsible", 14, Use.EDIT),
    COLLABORATING("Collaborating", 18, Use.EDIT),
    REPORTS_TO("Reports to", 14, Use.EDIT),
    OWNER("Owner", 22, Use.EDIT),
    START_DATE("Start date", 12, Use.EDIT),
    DUE_DATE("Due date", 12, Use.EDIT),
    TARGET_MEETING("Target meeting", 16, Use.EDIT),
    PRIORITY("Priority", 10, Use.EDIT),
    PERIOD("Study period", 12, Use.NEW_ONLY),
    WEIGHT("Weight", 8, Use.EDIT),
    INTERNAL("Internal", 9, Use.NEW_ONLY),
    STATUS("Status", 18, Use.EDIT),
    PROGRESS("Progress (%)", 12, Use.EDIT),
    RAG("RAG", 8, Use.EDIT),
    NARRATIVE("Narrative", 60, Use.EDIT),
    LAST_REPORT("Last report", 12, Use.INFO),
    VERSION("Version", 9, Use.LOCK),
    LAST_EVENT("Last event", 11, Use.LOCK);

    /** How an import treats the column. */
    public enum Use {
        KEY, EDIT, NEW_ONLY, INFO, LOCK
    }

    private final String header;
    private final int width;
    private final Use use;

    Column(String header, int width, Use use) {
        this.header = header;
        this.width = width;
        this.use = use;
    }

    public String header() {
        return header;
    }

    /** A sensible width in characters. */
    public int width() {
        return width;
    }

    public Use use() {
        return use;
    }

    /** Spreadsheet letter of the column in an exported sheet (A, B, ...). */
    public String letter() {
        return letter(ordinal());
    }

    static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rest = (n - 1) % 26;
            letters.insert(0, (char) ('A' + rest));
            n = (n - 1) / 26;
        }
        return letters.toString();
    }

    /** The column with this header, ignoring case and surrounding blanks. */
    static Optional<Column> byHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String wanted = header.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(c -> c.header.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
