package org.tsag.tracker.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.resolution.DuplicateRevisionException;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.resolution.RevisionImport;
import org.tsag.tracker.resolution.RevisionImports;
import org.tsag.tracker.resolution.parse.ParsedClause;
import org.tsag.tracker.resolution.parse.ParsedResolution;
import org.tsag.tracker.resolution.parse.ParsedSection;
import org.tsag.tracker.resolution.parse.ResolutionParseException;
import org.tsag.tracker.resolution.parse.ResolutionParser;
import org.tsag.tracker.resolution.parse.RevisionRef;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code resolution parse FILE} (no database, no web server) and {@code resolution import FILE}. */
final class ResolutionCommands {

    private ResolutionCommands() {
    }

    static int parse(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("Usage: java -jar tsag-tracker.jar resolution parse FILE");
            return 2;
        }
        try {
            ParsedResolution parsed = read(Path.of(args.getFirst()));
            JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
            out.println(mapper.writeValueAsString(Json.of(parsed)));
            return 0;
        } catch (UnreadableInput e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    static int importFile(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("Usage: java -jar tsag-tracker.jar resolution import FILE [--spring.datasource.url=...]");
            return 2;
        }
        Path file = Path.of(args.getFirst());
        ParsedResolution parsed;
        String text;
        try {
            parsed = read(file);
            text = isDocx(file) ? null : Files.readString(file, StandardCharsets.UTF_8);
        } catch (UnreadableInput | IOException e) {
            err.println(e.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandLine.offlineContext(args.subList(1, args.size()))) {
            var revision = revisionOf(file, parsed, text);
            SystemAuthentication.run(() -> context.getBean(ResolutionService.class).importRevision(revision));
            out.printf("Imported Resolution %s (Rev. %s, %d): %d sections, %d warnings.%n",
                    revision.number(), revision.place(), revision.year(), revision.sections().size(),
                    parsed.warnings().size());
            return 0;
        } catch (DuplicateRevisionException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("Not imported: " + e.getMessage());
            return 2;
        }
    }

    /** The revision that {@code resolution import FILE} stores, as read from the file. */
    static RevisionImport revisionOf(Path file) throws IOException {
        return revisionOf(file, read(file), isDocx(file) ? null : Files.readString(file, StandardCharsets.UTF_8));
    }

    private static RevisionImport revisionOf(Path file, ParsedResolution parsed, String text) {
        return RevisionImports.from(parsed, "Imported from " + file.getFileName(), text, true);
    }

    private static ParsedResolution read(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UnreadableInput("Cannot read " + file + ": no such readable file.");
        }
        ResolutionParser parser = new ResolutionParser();
        try {
            if (isDocx(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    return parser.parseDocx(in);
                }
            }
            return parser.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (ResolutionParseException e) {
            throw new UnreadableInput("Cannot parse " + file + (e.line() > 0 ? " (line " + e.line() + ")" : "")
                    + ": " + e.getMessage());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UnreadableInput("Cannot read " + file + ": it is not UTF-8 text or a .docx file.");
        } catch (IOException e) {
            throw new UnreadableInput("Cannot read " + file + ": " + e.getMessage());
        }
    }

    private static boolean isDocx(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && magic[0] == 'P' && magic[1] == 'K';
        } catch (IOException e) {
            return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx");
        }
    }

    private static final class UnreadableInput extends RuntimeException {
        UnreadableInput(String message) {
            super(message);
        }
    }

    /** The JSON shape of {@code resolution parse}, field for field. */
    record Json(String number, String title, Revision revision, Revision previousRevision, List<Revision> history,
                List<Section> sections, List<Warning> warnings, List<Ignored> ignored) {

        record Revision(String place, int year) {
            static Revision of(RevisionRef ref) {
                return ref == null ? null : new Revision(ref.place(), ref.year());
            }
        }

        record Section(String heading, String previousHeading, String kind, String addressee, int line,
                       List<Clause> clauses) {
        }

        record Clause(String label, String previousLabel, String change, String text, List<String> subItems,
                      List<String> footnotes, int line) {
        }

        record Warning(int line, String message) {
        }

        record Ignored(int line, String text, String reason) {
        }

        static Json of(ParsedResolution p) {
            return new Json(
                    p.number(),
                    p.title(),
                    Revision.of(p.revision()),
                    Revision.of(p.previousRevision()),
                    p.history().stream().map(Revision::of).toList(),
                    p.sections().stream().map(Json::section).toList(),
                    p.warnings().stream().map(w -> new Warning(w.line(), w.message())).toList(),
                    p.ignored().stream().map(i -> new Ignored(i.line(), i.text(), i.reason())).toList());
        }

        private static Section section(ParsedSection s) {
            return new Section(s.heading(), s.previousHeading(), s.kind().name(), s.addressee(), s.line(),
                    s.clauses().stream().map(Json::clause).toList());
        }

        private static Clause clause(ParsedClause c) {
            return new Clause(c.label(), c.previousLabel(), c.change().name(), c.text(), c.subItems(),
                    c.footnotes(), c.line());
        }
    }
}
