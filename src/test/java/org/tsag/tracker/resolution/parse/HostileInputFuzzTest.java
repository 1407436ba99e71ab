package org.tsag.tracker.resolution.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile files, as an attacker or a broken tool would make them (issue 19): .docx files whose
 * footnotes refer to themselves or to each other, whose numbering ids are not numbers, whose parts are
 * broken XML or nested thousands deep, zip packages that are damaged; text that is huge, full of blank
 * lines, NUL bytes, UTF-16 or byte-order marks. Every one must end, within a bounded time and memory,
 * in a reading that accounts for its lines or in a rejection whose message names a line or a part.
 * With the 6,000 texts of {@link ParserFuzzTest} this makes 10,000 inputs. Seeded, so a failure can be replayed.
 */
class HostileInputFuzzTest {

    private static final int DOCX_RUNS = 1_500;
    private static final int TEXT_RUNS = 2_500;
    private static final long MAX_SECONDS_PER_INPUT = 20;
    private static final long MAX_BYTES_ALLOCATED_PER_INPUT = 1_500L * 1024 * 1024;
    private static final Pattern NAMES_LINE_OR_PART = Pattern.compile(
            "(?i)\\b(?:line|lines|paragraph|paragraphs)\\b[^.]*\\d|\\d+ (?:lines?|paragraphs?)\\b|\\bpart\\b|word/|zip package|\\.docx file|not a \\.docx|not a word document");
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static ExecutorService worker;
    private static final AtomicLong workerThread = new AtomicLong();

    private final ResolutionParser parser = new ResolutionParser();

    @BeforeAll
    static void startWorker() throws Exception {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "hostile-input-worker");
            thread.setDaemon(true);
            return thread;
        });
        worker.submit(() -> workerThread.set(Thread.currentThread().threadId())).get();
    }

    @AfterAll
    static void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void hostile_docx_files() {
        Random random = new Random(19);
        for (int run = 0; run < DOCX_RUNS; run++) {
            int kind = run % 8;
            byte[] docx = docx(random, kind);
            check("docx kind " + kind + " run " + run, () -> parser.parseFile(docx, ParseOptions.NONE), null);
        }
    }

    @Test
    void hostile_text_files() {
        Random random = new Random(20);
        for (int run = 0; run < TEXT_RUNS; run++) {
            int kind = run % 5;
            byte[] bytes = text(random, kind);
            String decoded = decodedOrNull(bytes);
            check("text kind " + kind + " run " + run, () -> parser.parseFile(bytes, ParseOptions.NONE), decoded);
        }
    }

    @Test
    void a_self_referencing_footnote_and_a_doubling_chain_end_quickly() throws ResolutionParseException {
        ParsedResolution selfReference = parser.parseFile(docx(footnotes(List.of("1"), 1, 1)), ParseOptions.NONE);
        assertThat(selfReference.sections()).hasSize(1);
        StringBuilder chain = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            chain.append(footnote(i, i + 1, i + 1));
        }
        ParsedResolution doubling = parser.parseFile(docx(body("a)\tthat it ends;", 1), chain.toString(), null), ParseOptions.NONE);
        assertThat(doubling.sections().get(0).clauses().get(0).footnotes()).hasSize(1);
    }

    @Test
    void a_broken_footnotes_part_is_named() {
        byte[] broken = docx(body("a)\tthat it ends;", 1), "<w:footnote w:id=\"1\"><w:p><w:r><w:t>open", null);
        ResolutionParseException rejected = rejected(broken);
        assertThat(rejected.getMessage()).contains("word/footnotes.xml").doesNotContain("null");
    }

    @Test
    void a_numbering_id_that_is_not_a_number_is_named() {
        String paragraph = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"x\"/><w:numId w:val=\"abc\"/></w:numPr></w:pPr><w:r><w:t>a)\tthat</w:t></w:r></w:p>";
        byte[] docx = docx(HEAD_XML + paragraph, null, "<w:abstractNum w:abstractNumId=\"q\"/>");
        try {
            ParsedResolution read = parser.parseFile(docx, ParseOptions.NONE);
            assertThat(read.sourceLines()).isNotEmpty();
        } catch (ResolutionParseException e) {
            assertThat(e.getMessage()).containsPattern(NAMES_LINE_OR_PART);
        }
    }

    private ResolutionParseException rejected(byte[] docx) {
        try {
            parser.parseFile(docx, ParseOptions.NONE);
        } catch (ResolutionParseException e) {
            return e;
        }
        throw new AssertionError("the file was not rejected");
    }

    private interface Parse {
        ParsedResolution run() throws ResolutionParseException;
    }

    private record Outcome(ParsedResolution result, ResolutionParseException rejection, long allocated) {
    }

    private void check(String input, Parse parse, String text) {
        Future<Outcome> future = worker.submit(() -> {
            long before = allocated();
            try {
                ParsedResolution result = parse.run();
                return new Outcome(result, null, allocated() - before);
            } catch (ResolutionParseException e) {
                return new Outcome(null, e, allocated() - before);
            }
        });
        Outcome outcome;
        try {
            outcome = future.get(MAX_SECONDS_PER_INPUT, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            fail("%s did not end within %d s".formatted(input, MAX_SECONDS_PER_INPUT));
            return;
        } catch (ExecutionException e) {
            fail("%s crashed the parser".formatted(input), e.getCause());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(outcome.allocated()).as("%s: bytes allocated", input).isLessThan(MAX_BYTES_ALLOCATED_PER_INPUT);
        if (outcome.rejection() != null) {
            assertThat(outcome.rejection().getMessage()).as(input).isNotBlank().doesNotContain("null")
                    .containsPattern(NAMES_LINE_OR_PART);
        } else if (text != null) {
            LineAccounting.assertEveryLineAccountedFor(text.startsWith("\uFEFF") ? text.substring(1) : text, outcome.result());
        } else {
            assertThat(outcome.result().sourceLines()).as(input).extracting(SourceLine::role).doesNotContainNull();
            assertThat(outcome.result().ignored()).as(input).extracting(IgnoredLine::reason).doesNotContain(ParseLog.UNREAD_LINE);
        }
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getThreadAllocatedBytes(workerThread.get());
    }

    private static String decodedOrNull(byte[] bytes) {
        try {
            return ResolutionParser.textOf(bytes);
        } catch (ResolutionParseException e) {
            return null;
        }
    }

    // --- text inputs ---

    private static final String SEED = Outline.resource("res68-citel-mod-wtsa24.txt");

    private static byte[] text(Random random, int kind) {
        return switch (kind) {
            case 0 -> ("RESOLUTION 1 (Geneva, 2022)\nTitle\n" + "\n".repeat(random.nextInt(20) == 0 ? 2_100_000 : 20_000 + random.nextInt(100_000))).getBytes(StandardCharsets.UTF_8);
            case 1 -> withNul(random);
            case 2 -> ("\uFEFF" + SEED).getBytes(random.nextBoolean() ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
            case 3 -> ("RESOLUTION 1 (Geneva, 2022)\nTitle\nresolves\n1\t" + "(Geneva, 2022".repeat(1 + random.nextInt(3_000)))
                    .getBytes(random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8);
            default -> randomBytes(random);
        };
    }

    private static byte[] withNul(Random random) {
        StringBuilder text = new StringBuilder(SEED);
        text.insert(random.nextInt(text.length()), '\u0000');
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(3_000)];
        random.nextBytes(bytes);
        if (random.nextBoolean() && bytes.length > 4) {
            bytes[0] = (byte) 0xFF;
            bytes[1] = (byte) 0xFE;
        }
        return bytes;
    }

    // --- .docx inputs, written as raw XML so that anything can be broken ---

    private static final String HEAD_XML = paragraph("RESOLUTION 5 (Geneva, 2022)") + paragraph("Title")
            + paragraph("The World Telecommunication Standardization Assembly (Geneva, 2022),") + paragraph("considering");

    private static byte[] docx(Random random, int kind) {
        return switch (kind) {
            case 0 -> docx(footnotes(List.of(String.valueOf(1 + random.nextInt(3))), 1 + random.nextInt(3), 1 + random.nextInt(3)));
            case 1 -> docx(body("a)\tthat it ends;", 1 + random.nextInt(5)), chain(random), null);
            case 2 -> docx(HEAD_XML + badNumbering(random), null, "<w:num w:numId=\"" + junk(random) + "\"><w:abstractNumId w:val=\""
                    + junk(random) + "\"/></w:num>");
            case 3 -> brokenPart(random);
            case 4 -> docx(HEAD_XML + nested(random), null, null);
            case 5 -> damaged(docx(body("a)\tthat it ends;", 1), footnote(1, 0, 0), null), random);
            case 6 -> docx(HEAD_XML + changes(random), null, null);
            default -> docx(HEAD_XML + paragraph("a)\tthat it is long;").repeat(random.nextInt(50) == 0 ? 21_000 : 1 + random.nextInt(300)),
                    null, null);
        };
    }

    private static byte[] docx(String footnotesXml) {
        return docx(body("a)\tthat the footnote ends;", 1), footnotesXml, null);
    }

    private static String body(String clause, int footnoteId) {
        return HEAD_XML + "<w:p><w:r><w:t xml:space=\"preserve\">" + clause + "</w:t></w:r><w:r><w:footnoteReference w:id=\""
                + footnoteId + "\"/></w:r></w:p>";
    }

    private static String footnotes(List<String> ids, int refersTo, int alsoRefersTo) {
        StringBuilder xml = new StringBuilder();
        for (String id : ids) {
            xml.append(footnote(Integer.parseInt(id), refersTo, alsoRefersTo));
        }
        return xml.toString();
    }

    private static String footnote(int id, int refersTo, int alsoRefersTo) {
        String refs = (refersTo > 0 ? "<w:r><w:footnoteReference w:id=\"" + refersTo + "\"/></w:r>" : "")
                + (alsoRefersTo > 0 ? "<w:r><w:footnoteReference w:id=\"" + alsoRefersTo + "\"/></w:r>" : "");
        return "<w:footnote w:id=\"" + id + "\"><w:p><w:r><w:t>note " + id + "</w:t></w:r>" + refs + "</w:p></w:footnote>";
    }

    private static String chain(Random random) {
        StringBuilder xml = new StringBuilder();
        int length = 5 + random.nextInt(40);
        for (int i = 1; i <= length; i++) {
            xml.append(footnote(i, i + 1, random.nextBoolean() ? i + 1 : 1 + random.nextInt(length)));
        }
        return xml.toString();
    }

    private static String badNumbering(Random random) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + junk(random) + "\"/><w:numId w:val=\"" + junk(random)
                + "\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">that it is numbered;</w:t></w:r></w:p>";
    }

    private static String junk(Random random) {
        String[] values = {"abc", "-1", "0", "1", "99999999999999999999", "", "1.5", "NaN", " 2", "2147483648"};
        return values[random.nextInt(values.length)];
    }

    private static byte[] brokenPart(Random random) {
        String body = body("a)\tthat it ends;", 1);
        String notes = footnote(1, 0, 0);
        return switch (random.nextInt(3)) {
            case 0 -> docx(body, notes.substring(0, random.nextInt(notes.length())), null);
            case 1 -> docx(body.substring(0, random.nextInt(body.length())), notes, null);
            default -> docx(body, notes, "<w:num w:numId=\"1\"><w:abstractNumId");
        };
    }

    private static String nested(Random random) {
        int depth = random.nextInt(20) == 0 ? 3_000 : 50 + random.nextInt(400);
        String open = random.nextBoolean() ? "<w:ins w:id=\"1\" w:author=\"x\">" : "<w:tbl><w:tr><w:tc>";
        String close = open.startsWith("<w:ins") ? "</w:ins>" : "</w:tc></w:tr></w:tbl>";
        String inner = open.startsWith("<w:ins") ? "<w:r><w:t>a)\tdeep</w:t></w:r>" : paragraph("a)\tdeep");
        String wrapped = open.repeat(depth) + inner + close.repeat(depth);
        return open.startsWith("<w:ins") ? "<w:p>" + wrapped + "</w:p>" : wrapped;
    }

    private static byte[] damaged(byte[] docx, Random random) {
        byte[] copy = docx.clone();
        int flips = 1 + random.nextInt(20);
        for (int i = 0; i < flips; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return random.nextInt(4) == 0 ? java.util.Arrays.copyOf(copy, random.nextInt(copy.length)) : copy;
    }

    private static String changes(Random random) {
        String[] parts = {"<w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>b</w:t></w:r></w:ins>",
            "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>c</w:delText></w:r></w:del>", "<w:r><w:t xml:space=\"preserve\">)\tthat </w:t></w:r>",
            "<w:r><w:sym w:font=\"Symbol\" w:char=\"" + junk(random) + "\"/></w:r>", "<w:r><w:sym w:font=\"Symbol\" w:char=\"F02D\"/></w:r>",
            "<w:r><w:tab/></w:r>", "<w:r><w:footnoteReference w:id=\"" + junk(random) + "\"/></w:r>",
            "<w:pPr><w:rPr><w:ins w:id=\"3\" w:author=\"a\"/></w:rPr></w:pPr>", "<w:r><w:t>resolves</w:t></w:r>"};
        StringBuilder xml = new StringBuilder();
        int paragraphs = 1 + random.nextInt(30);
        for (int p = 0; p < paragraphs; p++) {
            xml.append("<w:p>");
            int runs = random.nextInt(8);
            for (int r = 0; r < runs; r++) {
                xml.append(parts[random.nextInt(parts.length)]);
            }
            xml.append("</w:p>");
        }
        return xml.toString();
    }

    private static String paragraph(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text.replace("&", "&amp;").replace("<", "&lt;") + "</w:t></w:r></w:p>";
    }

    private static byte[] docx(String bodyXml, String footnotesXml, String numberingXml) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + (footnotesXml == null ? "" : "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>")
                    + (numberingXml == null ? "" : "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>")
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + (footnotesXml == null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>")
                    + (numberingXml == null ? "" : "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>")
                    + "</Relationships>");
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body>" + bodyXml
                    + "</w:body></w:document>");
            if (footnotesXml != null) {
                put(zip, "word/footnotes.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes xmlns:w=\"" + W + "\">" + footnotesXml
                        + "</w:footnotes>");
            }
            if (numberingXml != null) {
                put(zip, "word/numbering.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"" + W + "\">" + numberingXml
                        + "</w:numbering>");
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
