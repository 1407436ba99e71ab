package org.tsag.tracker.resolution.parse;

/** The input cannot be read as a resolution at all. The message is plain English for users. */
public final class ResolutionParseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    public ResolutionParseException(String message, int line) {
        super(message);
        this.line = line;
    }

    public ResolutionParseException(String message, Throwable cause) {
        super(message, cause);
        this.line = 0;
    }

    /** The 1-based input line the problem concerns, or 0 if it concerns the whole input. */
    public int line() {
        return line;
    }
}
