package org.tsag.tracker.resolution.parse;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No input line is ever dropped silently: every line of every test text is in the result or ignored with a reason. */
class LineAccountingTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "/resolution/res68-citel-mod-wtsa24.txt",
        "/resolution/res101-clean-new-resolution.txt",
        "/resolution/res77-two-digit-renumbering.txt",
        "/resolution/res40-other-sections.txt",
        "/resolution/res55-joined-heading.txt",
        "/demo/res68-rev2016.txt",
        "/demo/res68-rev2024.txt"
    })
    void every_line_is_accounted_for(String resource) throws IOException, ResolutionParseException {
        String text;
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        LineAccounting.assertEveryLineAccountedFor(text, new ResolutionParser().parse(text));
    }

    @Test
    void the_check_fails_when_a_line_or_its_words_are_lost() throws ResolutionParseException {
        String text = "RESOLUTION 9 (Geneva, 2022)\nTitle\nresolves\n1\tto act;\n–\tquickly;\n2\tto report.";
        ParsedResolution parsed = new ResolutionParser().parse(text);
        ParsedSection section = parsed.sections().get(0);
        ParsedClause first = section.clauses().get(0);
        ParsedClause withoutSubItem = new ParsedClause(first.label(), first.previousLabel(), first.change(), first.text(),
                List.of(), first.footnotes(), first.line(), first.previousText());
        ParsedResolution lostWords = withSections(parsed, List.of(new ParsedSection(section.heading(), null, section.kind(),
                section.addressee(), section.line(), List.of(withoutSubItem, section.clauses().get(1)))), parsed.sourceLines());
        ParsedResolution lostLine = withSections(parsed, parsed.sections(), parsed.sourceLines().subList(0, 5));

        LineAccounting.assertEveryLineAccountedFor(text, parsed);
        assertThatThrownBy(() -> LineAccounting.assertEveryLineAccountedFor(text, lostWords)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> LineAccounting.assertEveryLineAccountedFor(text, lostLine)).isInstanceOf(AssertionError.class);
    }

    private static ParsedResolution withSections(ParsedResolution p, List<ParsedSection> sections, List<SourceLine> lines) {
        return new ParsedResolution(p.number(), p.title(), p.revision(), p.previousRevision(), p.history(), p.assemblyLine(),
                sections, p.warnings(), p.ignored(), lines, p.footnotes(), p.changeEvidence(), p.flags());
    }
}
