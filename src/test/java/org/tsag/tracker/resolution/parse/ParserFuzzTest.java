package org.tsag.tracker.resolution.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Malformed input of many kinds: the parser either returns a result that accounts for every line or
 * throws {@link ResolutionParseException}; nothing else. Seeded, so any failure can be replayed.
 */
class ParserFuzzTest {

    private static final int RUNS_PER_KIND = 1_000;
    private static final String SEED_TEXT = Outline.resource("res68-citel-mod-wtsa24.txt");
    private static final List<String> SEED_LINES = SEED_TEXT.lines().toList();
    private static final String[] FRAGMENTS = {
        "RESOLUTION 68 (Rev. New Delhi, 2024)", "Resolution 1 (Hammamet, 2016New Delhi, 2024)", "RESOLUTION 7 ()",
        "RESOLUTION 12 (Rev. nowhere)", "(Johannesburg, 2008; Dubai, 2012)", "(Dubai, 2012New Delhi, 2024; x)", "()",
        "The World Telecommunication Standardization Assembly (New Delhi, 2024),",
        "The World Telecommunication Standardization Assembly (A, 2001B, 2002C, 2003),", "considering", "recognizing further",
        "recognizingconsidering", "notingobserving", "resolves", "resolves to instruct TSAG", "instructs TSBinvites Member States",
        "invites", "a)", "a)\ttext;", "cf)\tjoined", "b)", "cb)", "i)\troman", "ii)\troman", "iv)", "zz)\tz", "q)", "1", "3\tthree;",
        "3\tagain;", "46\tjoined", "1011\tten", "0\tzero", "9999\tbig", "–\tdash", "-\tdash", "•\tbullet", "—", "___",
        "ANNEX", "Reasons:\twhy", "[bookmark: _Toc1]", "[footnoteRef:1]1", "text[footnoteRef:2]2; [2: 2\tnote]", "[3: unclosed",
        "still in the footnote]", "]", "[", "[4: nested [x] note] after", "over 520700 members", "GSS (Dubai, 2012New Delhi, 2024)",
        "", " ", "\t", "plain words", "ünïcödé ☃ العربية 中文", "\u00a0", "a)\u00a0text"
    };

    private final ResolutionParser parser = new ResolutionParser();

    @Test
    void lines_built_from_resolution_fragments() {
        runMany(1, random -> {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? FRAGMENTS[0] + "\n" : "");
            int lines = random.nextInt(60);
            for (int i = 0; i < lines; i++) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                if (random.nextInt(4) == 0) {
                    text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                }
                text.append(lineBreak(random));
            }
            return text.toString();
        });
    }

    @Test
    void shuffled_seed_lines() {
        runMany(2, random -> {
            List<String> lines = new ArrayList<>(SEED_LINES);
            Collections.shuffle(lines, random);
            return String.join("\n", lines);
        });
    }

    @Test
    void truncated_seed() {
        runMany(3, random -> SEED_TEXT.substring(0, random.nextInt(SEED_TEXT.length() + 1)));
    }

    @Test
    void seed_with_lines_dropped_duplicated_or_cut() {
        runMany(4, random -> {
            StringBuilder text = new StringBuilder();
            for (String line : SEED_LINES) {
                switch (random.nextInt(6)) {
                    case 0 -> { }
                    case 1 -> text.append(line).append('\n').append(line).append('\n');
                    case 2 -> text.append(line, 0, random.nextInt(line.length() + 1)).append('\n');
                    default -> text.append(line).append('\n');
                }
            }
            return text.toString();
        });
    }

    @Test
    void random_unicode() {
        runMany(5, random -> {
            StringBuilder text = new StringBuilder(random.nextInt(3) == 0 ? "RESOLUTION 1 (Geneva, 2022)\n" : "");
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                int codePoint = random.nextInt(10) == 0 ? '\n' : random.nextInt(0x3000);
                if (Character.isDefined(codePoint) && !Character.isSurrogate((char) codePoint)) {
                    text.appendCodePoint(codePoint);
                }
            }
            return text.toString();
        });
    }

    @Test
    void garbage_labels() {
        String[] labels = {"a)", "b)", "c)", "z)", "aa)", "ab)", "ba)", "i)", "ii)", "iii)", "v)", "x)", "1", "2", "3", "12", "21",
            "100", "1000", "1234", "01", "–", "•"};
        runMany(6, random -> {
            StringBuilder text = new StringBuilder("RESOLUTION 1 (Geneva, 2022)\nTitle\n");
            text.append(random.nextBoolean() ? "considering\n" : "resolves\n");
            int lines = random.nextInt(120);
            for (int i = 0; i < lines; i++) {
                text.append(labels[random.nextInt(labels.length)]).append('\t').append("text ").append(i).append('\n');
            }
            return text.toString();
        });
    }

    @Test
    void empty_and_header_only_inputs() throws ResolutionParseException {
        for (String text : List.of("", "\n", " \r\n\t", "no header here")) {
            assertThatRejectsOrAccounts(text);
        }
        ParsedResolution headerOnly = parser.parse("RESOLUTION 68 (Rev. New Delhi, 2024)");
        assertThat(headerOnly.sections()).isEmpty();
        assertThat(headerOnly.warnings()).isNotEmpty();
        LineAccounting.assertEveryLineAccountedFor("RESOLUTION 68 (Rev. New Delhi, 2024)", headerOnly);
    }

    private void runMany(long seed, Function<Random, String> inputs) {
        Random random = new Random(seed);
        for (int run = 0; run < RUNS_PER_KIND; run++) {
            String text = inputs.apply(random);
            try {
                assertThatRejectsOrAccounts(text);
            } catch (AssertionError | RuntimeException e) {
                fail("run %d of seed %d failed on input:%n%s".formatted(run, seed, text), e);
            }
        }
    }

    private void assertThatRejectsOrAccounts(String text) {
        ParsedResolution result;
        try {
            result = parser.parse(text);
        } catch (ResolutionParseException rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
            return;
        }
        LineAccounting.assertEveryLineAccountedFor(text, result);
    }

    private static String lineBreak(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> "\r\n";
            case 1 -> "\r";
            default -> "\n";
        };
    }
}
