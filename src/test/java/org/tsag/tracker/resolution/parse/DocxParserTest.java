package org.tsag.tracker.resolution.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.tsag.tracker.resolution.parse.DocxBuilder.del;
import static org.tsag.tracker.resolution.parse.DocxBuilder.ins;
import static org.tsag.tracker.resolution.parse.DocxBuilder.same;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** .docx input: tracked changes are read exactly from w:ins and w:del, with no guessing. */
class DocxParserTest {

    private static final String TSB = "resolves to instruct the Director of the Telecommunication Standardization Bureau";

    private static ParsedResolution tracked;

    /** A small revision of Resolution 68 with real tracked changes; paragraph numbers in the comments. */
    @BeforeAll
    static void parseTrackedChanges() throws ResolutionParseException {
        tracked = new ResolutionParser().parseDocx(new DocxBuilder()
                .text("Proposal by an administration")                                                      // 1
                .changed(same("RESOLUTION 68 (Rev. "), del("Hammamet, 2016"), ins("New Delhi, 2024"), same(")")) // 2
                .text("Evolving role of industry in the ITU Telecommunication Standardization Sector")       // 3
                .changed(same("(Johannesburg, 2008; Dubai, 2012; Hammamet, 2016"), ins("; New Delhi, 2024"), same(")")) // 4
                .changed(same("The World Telecommunication Standardization Assembly ("), del("Hammamet, 2016"),
                        ins("New Delhi, 2024"), same("),"))                                                  // 5
                .changed(del("recognizing"), ins("considering"))                                             // 6
                .text("a)\tthat one;")                                                                       // 7
                .deleted("b)\tthat two;")                                                                    // 8
                .changed(del("c"), ins("b"), same(")\tthat three;"))                                         // 9
                .inserted("c)\tthat new,")                                                                   // 10
                .text(TSB)                                                                                   // 11
                .text("1\tto do one;")                                                                       // 12
                .changed(same("2\tto "), del("bring"), ins("address"), same(" the needs;"))                  // 13
                .deleted("3\tto encourage participation;")                                                   // 14
                .inserted("3\tto organize workshops;")                                                       // 15
                .inserted("4\tto engage industry;")                                                          // 16
                .changed(del("4"), ins("5"), same("\tto report to the next assembly"), del("."), ins(","))   // 17
                .inserted("resolves to instruct TSAG")                                                       // 18
                .inserted("1\tto evaluate the process.")                                                     // 19
                .build());
    }

    @Test
    void reads_the_structure_from_the_markup() {
        assertThat(Outline.of(tracked)).containsExactly(
                "considering (was recognizing): a -b c>b +c",
                TSB + ": 1 2 -3 +3 +4 4>5",
                "resolves to instruct TSAG: +1");
    }

    @Test
    void reads_both_revisions_from_the_header() {
        assertThat(tracked.number()).isEqualTo("68");
        assertThat(tracked.revision()).isEqualTo(new RevisionRef("New Delhi", 2024));
        assertThat(tracked.previousRevision()).isEqualTo(new RevisionRef("Hammamet", 2016));
        assertThat(tracked.history()).hasSize(4).last().isEqualTo(new RevisionRef("New Delhi", 2024));
        assertThat(tracked.assemblyLine()).isEqualTo("The World Telecommunication Standardization Assembly (New Delhi, 2024),");
    }

    @Test
    void gives_the_previous_text_exactly_where_it_changed() {
        ParsedSection tsb = tracked.sections().get(1);
        assertThat(tsb.clauses()).extracting(ParsedClause::line, ParsedClause::label, ParsedClause::previousLabel,
                ParsedClause::text, ParsedClause::previousText).containsExactly(
                tuple(12, "1", "1", "to do one;", null),
                tuple(13, "2", "2", "to address the needs;", "to bring the needs;"),
                tuple(14, null, "3", "to encourage participation;", null),
                tuple(15, "3", null, "to organize workshops;", null),
                tuple(16, "4", null, "to engage industry;", null),
                tuple(17, "5", "4", "to report to the next assembly,", "to report to the next assembly."));
    }

    @Test
    void reports_only_what_the_markup_cannot_say_itself() {
        assertThat(tracked.warnings()).extracting(ParseWarning::line).containsExactly(18);
        assertThat(tracked.warnings().get(0).message()).contains("\"resolves to instruct TSAG\" is new");
    }

    @Test
    void accounts_for_every_paragraph() {
        assertThat(tracked.sourceLines()).hasSize(19);
        assertThat(tracked.sourceLines()).extracting(SourceLine::role).doesNotContainNull();
        assertThat(tracked.sourceLines().get(7).role()).isEqualTo(LineRole.CLAUSE);
        assertThat(tracked.ignored()).extracting(IgnoredLine::line, IgnoredLine::reason)
                .containsExactly(tuple(1, "before the resolution header"));
    }

    @Test
    void a_docx_without_tracked_changes_reads_like_its_text() throws ResolutionParseException {
        String text = Outline.resource("res101-clean-new-resolution.txt");
        ParsedResolution fromDocx = new ResolutionParser().parseDocx(new DocxBuilder().text(text.lines().toArray(String[]::new)).build());
        ParsedResolution fromText = new ResolutionParser().parse(text);

        assertThat(fromDocx).isEqualTo(fromText);
    }

    @Test
    void a_footnote_is_attached_to_its_clause() throws ResolutionParseException {
        ParsedResolution resolution = new ResolutionParser().parseDocx(new DocxBuilder()
                .text("RESOLUTION 5 (Geneva, 2022)", "Title", "The World Telecommunication Standardization Assembly (Geneva, 2022),",
                        "considering")
                .withFootnote("a)\tthat developing countries need help;", "These include the least developed countries.")
                .changed(same("b)\tthat "), ins("more "), same("work is needed,"))
                .build());

        ParsedClause first = resolution.sections().get(0).clauses().get(0);
        assertThat(first.text()).isEqualTo("that developing countries need help;");
        assertThat(first.footnotes()).containsExactly("These include the least developed countries.");
        assertThat(resolution.sections().get(0).clauses().get(1).previousText()).isEqualTo("that work is needed,");
    }

    @Test
    void word_automatic_numbering_gives_the_labels_of_each_revision() throws ResolutionParseException {
        ParsedResolution resolution = new ResolutionParser().parseDocx(new DocxBuilder()
                .text("RESOLUTION 5 (Rev. New Delhi, 2024)", "Title",
                        "The World Telecommunication Standardization Assembly (New Delhi, 2024),", "noting")
                .numbered(STNumberFormat.LOWER_LETTER, "%1)",
                        new DocxBuilder.Part[] {same("that one;")},
                        new DocxBuilder.Part[] {del("that two;")},
                        new DocxBuilder.Part[] {same("that three,")})
                .text("resolves")
                .numbered(STNumberFormat.DECIMAL, "%1",
                        new DocxBuilder.Part[] {same("to act;")},
                        new DocxBuilder.Part[] {ins("to act again.")})
                .build());

        assertThat(Outline.of(resolution)).containsExactly("noting: a -b c>b", "resolves: 1 +2");
    }

    @Test
    void the_markup_and_the_flattened_export_agree_on_the_seed_noting_section() throws ResolutionParseException {
        String head = "RESOLUTION 68 (Rev. New Delhi, 2024)\nTitle\nThe World Telecommunication Standardization Assembly (New Delhi, 2024),\n";
        String flattened = head + "noting\na)\tone;\nb)\ttwo;\ncb)\tthree;\nc)\tfour;\nd)\tfive;\nde)\tsix;\nef)\tseven,";
        ParsedResolution fromText = new ResolutionParser().parse(flattened);
        ParsedResolution fromMarkup = new ResolutionParser().parseDocx(new DocxBuilder()
                .text(head.strip().split("\n"))
                .text("noting", "a)\tone;")
                .deleted("b)\ttwo;")
                .changed(del("c"), ins("b"), same(")\tthree;"))
                .inserted("c)\tfour;")
                .inserted("d)\tfive;")
                .changed(del("d"), ins("e"), same(")\tsix;"))
                .changed(del("e"), ins("f"), same(")\tseven,"))
                .build());

        assertThat(Outline.of(fromMarkup)).containsExactly("noting: a -b c>b +c +d d>e e>f").isEqualTo(Outline.of(fromText));
        assertThat(fromMarkup.sections().get(0).clauses()).extracting(ParsedClause::text)
                .isEqualTo(fromText.sections().get(0).clauses().stream().map(ParsedClause::text).toList());
    }

    @Test
    void rejects_a_file_that_is_not_a_docx() {
        assertThatThrownBy(() -> new ResolutionParser().parseDocx(new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ResolutionParseException.class)
                .hasMessageContaining(".docx");
    }
}
