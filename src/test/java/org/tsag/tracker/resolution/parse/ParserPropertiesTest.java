package org.tsag.tracker.resolution.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Properties of every reading, over generated clean resolutions (with the irregularities real clean
 * texts have: "bis" labels, decimal numbering, heading restarts, a repeated or skipped label) and over
 * the corpus: no line is lost, a clean text never yields a deleted, inserted or relabelled clause, and
 * the labels of a section come out strictly ordered.
 */
class ParserPropertiesTest {

    private static final int RUNS = 1_000;
    private static final String[] PREAMBLE = {"considering", "recognizing", "recognizing further", "noting", "noting further",
        "recalling", "bearing in mind", "conscious", "acknowledging", "taking into account", "emphasizing", "aware"};
    private static final String[] OPERATIVE = {"resolves", "resolves to instruct the Director of the Telecommunication Standardization Bureau",
        "instructs the study groups", "invites Member States", "encourages Sector Members and Associates", "decides",
        "requests the Secretary-General", "urges Member States", "resolves to instruct TSAG", "invites the Council"};
    private static final String[] CORPUS = {"corpus/wtdc36-rev-hyderabad-2010.txt", "corpus/wtsa22-rev-dubai-2012.txt",
        "corpus/wtsa54-dubai-2012-web.txt", "corpus/wtsa54-dubai-2012-prepublished-pdf.txt", "corpus/wtsa43-rev-dubai-2012-pdf.txt",
        "corpus/wtsa40-montreal-2000-pdf.txt", "corpus/wrc28-rev-wrc15-eur-mod-pdf.txt", "corpus/wrc804-rev-wrc12.txt",
        "corpus/pp58-rev-busan-2014.txt", "res101-clean-new-resolution.txt", "res40-other-sections.txt",
        "res68-citel-mod-wtsa24.txt", "res55-joined-heading.txt", "res77-two-digit-renumbering.txt",
        "corpus/wtdc63-hyderabad-2010-web.txt", "corpus/pp180-guadalajara-2010-web.txt", "corpus/pp185-busan-2014-web.txt",
        "corpus/wtdc21-rev-hyderabad-2010-web.txt", "corpus/wtdc78-dubai-2014-web.txt", "corpus/wtsa69-rev-dubai-2012-itut-copy.txt",
        "corpus/pp-sen1-marrakesh-2002-add-pdf.txt", "corpus/wtdc37-rev-buenos-aires-2017-apt-proposal.txt",
        "corpus/wtsa69-dubai-2012-prepublished-runon.txt", "corpus/pp73-minneapolis-1998-web-wrapped.txt",
        "corpus/pp-plen7-marrakesh-2002-web-wrapped.txt"};
    // pp-decision3-minneapolis-1998-web.txt is a decision, refused as it stands: CorpusTest reads its body.

    private final ResolutionParser parser = new ResolutionParser();

    @Test
    void a_clean_text_never_yields_a_change_and_keeps_every_line_and_the_label_order() {
        Random random = new Random(13);
        for (int run = 0; run < RUNS; run++) {
            String text = cleanResolution(random);
            try {
                ParsedResolution resolution = parser.parse(text);
                assertThat(resolution.changeEvidence()).isEmpty();
                assertThat(resolution.sections()).flatMap(ParsedSection::clauses).extracting(ParsedClause::change)
                        .doesNotContain(ClauseChange.DELETED, ClauseChange.INSERTED, ClauseChange.RELABELLED);
                assertThat(resolution.flags()).extracting(ParseFlag::kind).doesNotContain(ParseFlag.Kind.GUESSED_CHANGE);
                assertLabelsStrictlyOrdered(resolution);
                LineAccounting.assertEveryLineAccountedFor(text, resolution);
            } catch (AssertionError | ResolutionParseException | RuntimeException e) {
                fail("run %d failed on input:%n%s".formatted(run, text), e);
            }
        }
    }

    @Test
    void every_corpus_text_keeps_every_line_and_the_label_order() throws ResolutionParseException {
        for (String file : CORPUS) {
            String text = Outline.resource(file);
            ParsedResolution resolution = parser.parse(text);
            assertLabelsStrictlyOrdered(resolution);
            LineAccounting.assertEveryLineAccountedFor(text, resolution);
            if (resolution.changeEvidence().isEmpty()) {
                assertThat(resolution.sections()).as(file).flatMap(ParsedSection::clauses).extracting(ParsedClause::change)
                        .doesNotContain(ClauseChange.DELETED, ClauseChange.INSERTED, ClauseChange.RELABELLED);
            }
        }
    }

    /** Within a section, the new labels the parser vouches for increase, and so do the previous ones. */
    static void assertLabelsStrictlyOrdered(ParsedResolution resolution) {
        for (ParsedSection section : resolution.sections()) {
            List<List<LabelOrder.Component>> labels = new ArrayList<>();
            List<List<LabelOrder.Component>> previous = new ArrayList<>();
            for (ParsedClause clause : section.clauses()) {
                if (clause.change() == ClauseChange.UNCERTAIN) {
                    continue;
                }
                if (clause.label() != null && !clause.label().isEmpty()) {
                    labels.add(parse(clause.label()));
                }
                if (clause.previousLabel() != null && !clause.previousLabel().isEmpty() && clause.change() != ClauseChange.INSERTED) {
                    previous.add(parse(clause.previousLabel()));
                }
            }
            for (List<List<LabelOrder.Component>> order : List.of(labels, previous)) {
                for (int i = 1; i < order.size(); i++) {
                    assertThat(LabelOrder.compare(order.get(i - 1), order.get(i))).as("labels of \"%s\": %s", section.heading(),
                            Outline.labels(section)).isNegative();
                }
            }
        }
    }

    private static List<LabelOrder.Component> parse(String label) {
        List<LabelOrder.Component> parsed = LabelOrder.parse(label,
                Character.isDigit(label.charAt(0)) ? LabelStyle.NUMBER : LabelStyle.LETTER);
        assertThat(parsed).as("label %s", label).isNotEmpty();
        return parsed;
    }

    /** A clean resolution of random shape: what an official text or a clean export looks like. */
    static String cleanResolution(Random random) {
        StringBuilder text = new StringBuilder("RESOLUTION ").append(1 + random.nextInt(200))
                .append(" (Rev. Geneva, 2022)\nTitle of the resolution\n(Dubai, 2012; Geneva, 2022)\n")
                .append("The World Telecommunication Standardization Assembly (Geneva, 2022),\n");
        int preambles = 1 + random.nextInt(4);
        for (int s = 0; s < preambles; s++) {
            text.append(PREAMBLE[random.nextInt(PREAMBLE.length)]).append('\n');
            section(text, random, true);
        }
        int operatives = 1 + random.nextInt(4);
        for (int s = 0; s < operatives; s++) {
            text.append(OPERATIVE[random.nextInt(OPERATIVE.length)]).append('\n');
            section(text, random, false);
        }
        return text.toString();
    }

    private static void section(StringBuilder text, Random random, boolean lettered) {
        if (random.nextInt(8) == 0) {
            text.append("that the text goes on without a label,\n");
            return;
        }
        int items = 1 + random.nextInt(lettered ? 12 : 16);
        for (int i = 1; i <= items; i++) {
            String label = lettered ? String.valueOf((char) ('a' + i - 1)) + ")" : String.valueOf(i);
            text.append(label).append('\t').append("that item ").append(i).append(" says something").append(ending(random, i == items));
            switch (random.nextInt(12)) {
                case 0 -> text.append(lettered ? "–\tfirst point;\n–\tsecond point;\n" : "–\ta point;\n");
                case 1 -> text.append("i)\tone way;\nii)\tanother way;\n");
                case 2 -> text.append(lettered ? label.charAt(0) + ")bis\tthat more is said;\n" : i + "bis\tto do more;\n");
                case 3 -> {
                    if (!lettered) {
                        text.append(i).append(".1\tto do the first part;\n").append(i).append(".2\tto do the second part;\n");
                    }
                }
                case 4 -> text.append("which the text explains further;\n");
                case 5 -> text.append(label).append('\t').append("that the label is repeated by mistake;\n");
                default -> { }
            }
        }
    }

    private static String ending(Random random, boolean last) {
        return last ? ",\n" : random.nextBoolean() ? ";\n" : "; and\n";
    }

    static Stream<String> corpus() {
        return Stream.of(CORPUS);
    }
}
