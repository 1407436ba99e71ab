package org.tsag.tracker.api;

/** The {@code page} and {@code size} query parameters, checked: pages count from 0, a page holds 1 to 500. */
record Paging(int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    Paging {
        if (page < 0) {
            throw new IllegalArgumentException("'page' counts from 0.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("'size' must be between 1 and " + MAX_SIZE + ".");
        }
    }

    int offset() {
        long offset = (long) page * size;
        if (offset > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("'page' is too large.");
        }
        return (int) offset;
    }
}
