package org.tsag.tracker.resolution.parse;

import java.util.Set;

/**
 * A person's answers to {@link ParseFlag}s, for reading the same text again.
 *
 * @param notHeadings lines that are clause text, not a section heading
 * @param cleanLines  lines whose label or heading carries no tracked change
 */
public record ParseOptions(Set<Integer> notHeadings, Set<Integer> cleanLines) {

    public static final ParseOptions NONE = new ParseOptions(Set.of(), Set.of());

    public ParseOptions {
        notHeadings = Set.copyOf(notHeadings);
        cleanLines = Set.copyOf(cleanLines);
    }
}
