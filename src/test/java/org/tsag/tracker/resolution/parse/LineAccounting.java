package org.tsag.tracker.resolution.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks that a parse result accounts for every input line: each line has exactly one role, the
 * roles agree with the structure (headings, clause first lines, ignored lines), and no letter of the
 * input is lost (every letter outside the header line and Word residue is found in the result).
 */
final class LineAccounting {

    private static final Pattern RESIDUE = Pattern.compile("\\[bookmark:[^\\]]*\\]|\\[footnoteRef:\\d+\\]");

    private LineAccounting() {
    }

    static void assertEveryLineAccountedFor(String input, ParsedResolution result) {
        List<String> lines = input.lines().toList();
        assertThat(result.sourceLines()).extracting(SourceLine::line)
                .containsExactlyElementsOf(Stream.iterate(1, n -> n + 1).limit(lines.size()).toList());
        assertThat(result.sourceLines()).extracting(SourceLine::role).doesNotContainNull();
        assertThat(result.ignored()).extracting(IgnoredLine::reason).doesNotContain(ParseLog.UNREAD_LINE);

        assertThat(linesWith(result, LineRole.HEADING))
                .isEqualTo(result.sections().stream().map(ParsedSection::line).collect(Collectors.toCollection(TreeSet::new)));
        assertThat(linesWith(result, LineRole.CLAUSE)).isEqualTo(result.sections().stream()
                .flatMap(section -> section.clauses().stream()).map(ParsedClause::line)
                .collect(Collectors.toCollection(TreeSet::new)));
        assertThat(result.ignored().stream().map(IgnoredLine::line).collect(Collectors.toSet()))
                .containsAll(linesWith(result, LineRole.IGNORED));

        assertNoLetterLost(lines, result);
    }

    private static Set<Integer> linesWith(ParsedResolution result, LineRole role) {
        return result.sourceLines().stream().filter(line -> line.role() == role).map(SourceLine::line)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void assertNoLetterLost(List<String> lines, ParsedResolution result) {
        StringBuilder input = new StringBuilder();
        for (SourceLine line : result.sourceLines()) {
            if (line.role() != LineRole.HEADER) {
                input.append(RESIDUE.matcher(lines.get(line.line() - 1)).replaceAll(""));
            }
        }
        Map<Integer, Integer> missing = letters(input.toString());
        letters(outputText(result)).forEach((letter, count) -> missing.computeIfPresent(letter, (k, v) -> v > count ? v - count : null));
        assertThat(missing).as("letters of the input missing from the result").isEmpty();
    }

    private static String outputText(ParsedResolution result) {
        Stream<String> header = Stream.of(result.number(), result.title(), result.assemblyLine(),
                place(result.revision()), place(result.previousRevision()));
        Stream<String> history = result.history().stream().map(RevisionRef::place);
        Stream<String> sections = result.sections().stream().flatMap(section -> Stream.concat(
                Stream.of(section.heading(), section.previousHeading()),
                section.clauses().stream().flatMap(clause -> Stream.of(
                        Stream.of(clause.label(), clause.previousLabel(), clause.text(), clause.previousText()),
                        clause.subItems().stream(), clause.footnotes().stream()).flatMap(s -> s))));
        Stream<String> ignored = result.ignored().stream().map(IgnoredLine::text);
        Stream<String> footnotes = result.footnotes().stream();
        return Stream.of(header, history, sections, ignored, footnotes).flatMap(s -> s).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }

    private static String place(RevisionRef ref) {
        return ref == null ? null : ref.place();
    }

    private static Map<Integer, Integer> letters(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        text.codePoints().filter(Character::isLetter).forEach(c -> counts.merge(c, 1, Integer::sum));
        return counts;
    }
}
