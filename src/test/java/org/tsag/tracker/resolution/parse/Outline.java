package org.tsag.tracker.resolution.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A compact, readable form of a parsed structure for assertions: one string per section,
 * "heading (was old heading): a b +c -d c>f ?x", where a plain label is unchanged, + inserted,
 * - deleted, old>new relabelled and ? uncertain.
 */
final class Outline {

    private Outline() {
    }

    static List<String> of(ParsedResolution resolution) {
        return resolution.sections().stream().map(Outline::of).toList();
    }

    static String of(ParsedSection section) {
        String heading = section.previousHeading() == null
                ? section.heading()
                : section.heading() + " (was " + section.previousHeading() + ")";
        return heading + ": " + labels(section);
    }

    static String labels(ParsedSection section) {
        return section.clauses().stream().map(Outline::label).collect(Collectors.joining(" "));
    }

    private static String label(ParsedClause clause) {
        return switch (clause.change()) {
            case UNCHANGED -> clause.label().isEmpty() ? "(unnumbered)" : clause.label();
            case INSERTED -> "+" + clause.label();
            case DELETED -> "-" + clause.previousLabel();
            case RELABELLED -> clause.previousLabel() + ">" + clause.label();
            case UNCERTAIN -> "?" + clause.label();
        };
    }

    static String resource(String name) {
        try (InputStream in = Outline.class.getResourceAsStream("/resolution/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
