package org.tsag.tracker.base.ui;

import java.util.Optional;

/** Values typed into an address: a reader may write anything there, so what does not read is empty. */
public final class UrlValues {

    private UrlValues() {
    }

    /** The whole number in the text (spaces around it allowed); empty for none or for anything else. */
    public static Optional<Integer> wholeNumber(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
