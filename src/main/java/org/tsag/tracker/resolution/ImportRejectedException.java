package org.tsag.tracker.resolution;

/**
 * The revision to import is not valid; nothing was written. {@code section} and {@code clause}
 * are 0-based positions in the import (-1 when the problem is not about one), so that a caller can
 * name the input line.
 */
public class ImportRejectedException extends RuntimeException {

    private final int section;
    private final int clause;

    public ImportRejectedException(String message, int section, int clause) {
        super(message);
        this.section = section;
        this.clause = clause;
    }

    public int section() {
        return section;
    }

    public int clause() {
        return clause;
    }
}
