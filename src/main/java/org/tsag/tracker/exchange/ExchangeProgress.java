package org.tsag.tracker.exchange;

/** Told how far a long export or import has got, for a progress bar. Called from the working thread. */
@FunctionalInterface
public interface ExchangeProgress {

    ExchangeProgress NONE = (done, total) -> {
    };

    void update(int done, int total);
}
