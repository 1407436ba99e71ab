package org.tsag.tracker.resolution.parse;

/** A footnote text found in a line, "[1: 1\tThese include ...]", with its leading number removed. */
record Footnote(int number, String text) {

    Footnote append(String more) {
        return new Footnote(number, (text + " " + more.strip()).strip());
    }
}
