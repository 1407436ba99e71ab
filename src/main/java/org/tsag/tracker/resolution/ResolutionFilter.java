package org.tsag.tracker.resolution;

/** What the resolution list is filtered by: words matched against number and title (full-text, by prefix). */
public record ResolutionFilter(String text) {

    public static ResolutionFilter none() {
        return new ResolutionFilter(null);
    }
}
