package org.tsag.tracker.resolution.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsag.tracker.resolution.parse.DocxBuilder.del;
import static org.tsag.tracker.resolution.parse.DocxBuilder.ins;
import static org.tsag.tracker.resolution.parse.DocxBuilder.same;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Corpus texts as .docx files. No official ITU .docx could be obtained for this project (the stored
 * copies are text), so these are built with POI from the real texts: one without tracked changes, one
 * whose dashes are Symbol-font characters and Word list bullets as ITU templates write them, and one
 * with real w:ins / w:del carrying the differences between two published copies of WTSA Resolution 54.
 */
class DocxCorpusTest {

    private final ResolutionParser parser = new ResolutionParser();

    @Test
    void a_docx_without_tracked_changes_reads_like_its_text() throws ResolutionParseException {
        String text = Outline.resource("corpus/wtdc36-rev-hyderabad-2010.txt");
        ParsedResolution fromDocx = parser.parseDocx(new DocxBuilder().text(text.lines().toArray(String[]::new)).build());

        assertThat(fromDocx).isEqualTo(parser.parse(text));
        assertThat(fromDocx.sections().get(4).addressees())
                .containsExactly("the Secretary-General", "the Director of the Telecommunication Development Bureau");
    }

    @Test
    void symbol_font_dashes_and_word_list_bullets_are_kept_as_sub_items() throws ResolutionParseException {
        List<String> lines = Outline.resource("corpus/pp58-rev-busan-2014.txt").lines().toList();
        DocxBuilder docx = new DocxBuilder().text(lines.subList(0, 7).toArray(String[]::new));
        docx.symbolDash(lines.get(7).substring(2)).symbolDash(lines.get(8).substring(2));
        docx.numbered(STNumberFormat.BULLET, "\u2013", new DocxBuilder.Part[] {same(lines.get(9).substring(2))});
        docx.text(lines.subList(10, lines.size()).toArray(String[]::new));

        ParsedResolution resolution = parser.parseDocx(docx.build());

        assertThat(Outline.of(resolution)).containsExactly("recalling: a b c", "acknowledging: (unnumbered)", "considering: a");
        assertThat(resolution.sections().get(0).clauses().get(2).subItems()).hasSize(3).allSatisfy(item -> assertThat(item)
                .startsWith("– Resolution "));
    }

    @Test
    void a_numbered_operative_clause_with_word_list_bullets() throws ResolutionParseException {
        List<String> lines = Outline.resource("corpus/wtdc63-hyderabad-2010-web.txt").lines().toList();
        DocxBuilder docx = new DocxBuilder().text(lines.subList(0, 14).toArray(String[]::new));
        docx.numbered(STNumberFormat.BULLET, "\u2022", new DocxBuilder.Part[] {same(lines.get(14).substring(2))},
                new DocxBuilder.Part[] {same(lines.get(15).substring(2))}, new DocxBuilder.Part[] {same(lines.get(16).substring(2))});

        ParsedResolution resolution = parser.parseDocx(docx.build());

        assertThat(Outline.of(resolution)).containsExactly("recognizing: (unnumbered)", "noting: a b c d", "resolves: 1");
        assertThat(resolution.sections().get(2).clauses().get(0).subItems()).hasSize(3)
                .allSatisfy(item -> assertThat(item).startsWith("\u2022 to "));
        assertThat(resolution.warnings()).isEmpty();
    }

    @Test
    void real_tracked_changes_between_two_published_copies_are_read_exactly() throws ResolutionParseException {
        List<String> lines = Outline.resource("corpus/wtsa54-dubai-2012-web.txt").lines().toList();
        String b = lines.get(6);
        int at = b.indexOf("Future Networks");
        ParsedResolution resolution = parser.parseDocx(new DocxBuilder()
                .text(lines.get(0))
                .changed(same("Creation "), ins("of, "), same("and assistance to"), ins(","), same(" regional groups"))
                .text(lines.subList(2, 6).toArray(String[]::new))
                .changed(same(b.substring(0, at)), del("future networks"), ins("Future Networks"),
                        same(b.substring(at + "Future Networks".length())))
                .text(lines.subList(7, lines.size()).toArray(String[]::new))
                .build());

        assertThat(resolution.title()).isEqualTo("Creation of, and assistance to, regional groups");
        assertThat(Outline.of(resolution)).containsExactly("considering: a b", "recognizing: a b c d");
        ParsedClause changed = resolution.sections().get(0).clauses().get(1);
        assertThat(changed.text()).contains("Future Networks (FN)");
        assertThat(changed.previousText()).contains("future networks (FN)");
        assertThat(resolution.sections()).flatMap(ParsedSection::clauses).extracting(ParsedClause::change)
                .containsOnly(ClauseChange.UNCHANGED);
        assertThat(resolution.sections().get(0).clauses().get(0).footnotes()).hasSize(1);
    }
}
