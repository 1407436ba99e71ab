package org.tsag.tracker.exchange;

import java.util.List;

/** A file with row errors was given to be applied; nothing was written. */
public class SheetRejectedException extends RuntimeException {

    private final List<RowError> errors;

    public SheetRejectedException(List<RowError> errors) {
        super(errors.size() + " row error(s); nothing was imported");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
